package dev.alignkit.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Suggestions for misspelt keys. */
class DidYouMeanTest {

    @Test
    void closeMisspellingIsSuggested() {
        assertEquals(Optional.of("ground_rules"), DidYouMean.closest("groud_rules", KitParser.KIT_KEYS));
    }

    @Test
    void differentCaseIsSuggested() {
        assertEquals(Optional.of("follow_up"), DidYouMean.closest("Follow_Up", KitParser.SESSION_KEYS));
    }

    @Test
    void farOffWordGetsNoSuggestion() {
        assertEquals("", DidYouMean.hint("xylophone", KitParser.KIT_KEYS));
    }
}
