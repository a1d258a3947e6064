package dev.alignkit.content;

import static dev.alignkit.content.Kits.onlyProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.diagnostics.Problem;
import dev.alignkit.support.PrintFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A pulse's {@code open_for}: the days it takes answers, from its date on. */
class PulseWindowTest {
    private static final Kit KIT = Kits.valid("kits/valid/pulse-window.yaml");

    @TempDir
    Path content;

    @Test
    void windowRunsFromThePulsesDateForItsDays() {
        Session clarity = KIT.sessions().get(0);
        assertEquals(Optional.of(5), clarity.openDays());
        assertEquals(Optional.of(LocalDate.of(2027, 1, 11)), KIT.dateOf(clarity));
        assertEquals(Optional.of(LocalDate.of(2027, 1, 15)), KIT.lastDayOf(clarity));
    }

    @Test
    void weeksCountAsSevenDays() {
        assertEquals(Optional.of(7), KIT.sessions().get(1).openDays());
    }

    @Test
    void pulseWithoutWindowLastsOneDay() {
        Session fears = KIT.sessions().get(2);
        assertEquals(KIT.dateOf(fears), KIT.lastDayOf(fears));
    }

    @Test
    void windowOnAMeetingIsRefusedAtItsPosition() {
        assertEquals(
                "kits/broken/open-for-meeting.yaml:5:15: error: 'open_for' is for a pulse, which people answer over"
                        + " several days; this session is a meeting: remove 'open_for', or write 'format: pulse'",
                onlyProblem("kits/broken/open-for-meeting.yaml"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0d", "367d", "53w", "5", "5 days", "-5d", "1.5w"})
    void windowOutsideOneDayToAYearIsRefused(String window) throws IOException {
        Path file = Files.writeString(
                content.resolve("kit.yaml"),
                "title: Kit\nsessions:\n  - title: A\n    format: pulse\n    prompt: Why?\n    open_for: " + window
                        + "\n");
        String problem = onlyProblem(new KitLoader(content, content, KitDefaults.english()).load(file));
        assertTrue(
                problem.startsWith("kit.yaml:6:15: error: 'open_for' of a session '" + window
                        + "' is not valid; write the" + " days or weeks the pulse takes answers, from 1d to 366d"),
                problem);
    }

    @Test
    void windowEndingAfterYear9999IsRefusedAtItsSession() {
        Kit kit = PrintFixture.loadKit(Path.of("src/test/resources/render/far-future-window-kit.yaml"));
        assertEquals(
                List.of("far-future-window-kit.yaml:4:5: error: session 'last-pulse' ends on +10000-01-03, after"
                        + " 9999-12-31, the last date a calendar file (RFC 5545) can hold; move the kit's 'start' or the"
                        + " session's 'week' or 'date' earlier"),
                CalendarLimits.of(kit).stream().map(Problem::format).toList());
    }
}
