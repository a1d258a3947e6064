package dev.alignkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.content.Kit;
import dev.alignkit.render.RunView.Pulse;
import dev.alignkit.support.PrintFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A pulse's launch sheet on its run page says when it opens and closes, as its calendar entry does. */
class RunViewPulseTest {
    private static final PrintFixture FIXTURE = new PrintFixture();
    private static final Kit KIT = PrintFixture.loadKit(Path.of("src/test/resources/kits/valid/pulse-window.yaml"));

    private static Pulse pulse(int index) {
        return RunViewBuilder.build(
                        KIT,
                        KIT.sessions().get(index),
                        FIXTURE.view(KIT).sessions().get(index),
                        FIXTURE.messages(KIT.language()))
                .pulse();
    }

    @Test
    void aPulseWithAWindowClosesOnItsLastDayNotTheDayBeforeTheNextSession() {
        // week 1 from Jan 11, open for 5 days (the next pulse opens Jan 25); week 3 from Jan 25 for a week
        assertEquals("Jan 15, 2027", pulse(0).closes());
        assertEquals("Jan 31, 2027", pulse(1).closes());
    }

    @Test
    void aPulseWithoutAWindowAndNoSessionAfterItNamesNoClosingDay() {
        assertEquals(null, pulse(2).closes());
    }

    @Test
    void aPulseOpensWhenItsPageSaysItDoes() {
        assertEquals(FIXTURE.view(KIT).sessions().get(0).schedule().when(), pulse(0).opens());
    }
}
