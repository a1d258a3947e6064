package dev.alignkit.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.diagnostics.Problem;
import dev.alignkit.support.PrintFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A kit's calendar holds years 0000 to 9999 only (RFC 5545): other dates are errors at validation, not at rendering. */
class CalendarLimitsTest {
    private static List<String> problems(String fixture) {
        Kit kit = PrintFixture.loadKit(Path.of("src/test/resources/" + fixture));
        return CalendarLimits.of(kit).stream().map(Problem::format).toList();
    }

    @Test
    void datesBeyondYear9999AreRefusedAtTheirSessionAndCheckInsAtTheKit() {
        assertEquals(
                List.of(
                        "far-future-kit.yaml:7:5: error: session 'last-day' ends on +10000-01-01, after 9999-12-31, the last date a"
                                + " calendar file (RFC 5545) can hold; move the kit's 'start' or the session's 'week' or 'date' earlier",
                        "far-future-kit.yaml:9:5: error: session 'late-evening' ends on +10000-01-01, after 9999-12-31, the last date"
                                + " a calendar file (RFC 5545) can hold; move the kit's 'start' or the session's 'week' or 'date' earlier",
                        "far-future-kit.yaml:13:5: error: session 'beyond' ends on +10000-01-04, after 9999-12-31, the last date a"
                                + " calendar file (RFC 5545) can hold; move the kit's 'start' or the session's 'week' or 'date' earlier",
                        "far-future-kit.yaml:1:1: error: the scorecard's check-in 2 ends on +10000-01-01, after 9999-12-31, the last"
                                + " date a calendar file (RFC 5545) can hold; move the kit's 'start' earlier"),
                problems("render/far-future-kit.yaml"));
    }

    @Test
    void taskDueBeforeYear0000IsRefusedAtTheKit() {
        assertEquals(
                List.of(
                        "year-zero-kit.yaml:1:1: error: task 'plan-the-year' is due on -0001-12-29, outside the years 0000 to"
                                + " 9999 a calendar file (RFC 5545) can hold; change its 'due' or the kit's 'start'"),
                problems("content/year-zero-kit.yaml"));
    }

    @Test
    void kitWithoutStartHasNoCalendarToLimit() {
        assertEquals(List.of(), problems("content/year-zero-undated-kit.yaml"));
    }
}
