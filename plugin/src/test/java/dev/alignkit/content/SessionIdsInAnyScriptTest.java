package dev.alignkit.content;

import static dev.alignkit.content.Kits.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sessions titled in a non-Latin script get readable, distinct ids instead of all becoming "session". */
class SessionIdsInAnyScriptTest {

    @Test
    void twoCyrillicSessionTitlesGiveTwoTransliteratedIds() {
        List<String> ids = valid("kits/scripts/cyrillic-sessions.yaml").sessions().stream()
                .map(Session::id)
                .toList();

        assertEquals(List.of("strategiya-rosta", "strategiya-prodazh"), ids);
    }
}
