package dev.alignkit.content;

import static dev.alignkit.content.Kits.onlyProblem;
import static dev.alignkit.content.Kits.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Durations, relative due dates, dates, clock times and review cadences. */
class TimeValuesTest {

    @Test
    void durationsAreMinutesOrHoursAndMinutes() {
        List<Duration> durations = valid("kits/valid/durations.yaml").sessions().stream()
                .map(Session::duration)
                .toList();

        assertEquals(
                List.of(Duration.ofMinutes(45), Duration.ofMinutes(10), Duration.ofHours(1), Duration.ofMinutes(90)),
                durations);
    }

    @Test
    void reviewEveryInWeeksCountsDays() {
        assertEquals(91, valid("kits/valid/full.yaml").scorecard().orElseThrow().reviewEveryDays());
    }

    @Test
    void durationInWordsIsRefused() {
        assertEquals(
                "kits/broken/bad-duration.yaml:4:15: error: 'duration' of a session '90 minutes' is not valid; "
                        + "write minutes (45) or hours and minutes (10m, 1h, 1h30m)",
                onlyProblem("kits/broken/bad-duration.yaml"));
    }

    @Test
    void agendaLongerThanDurationNamesBothTotals() {
        assertEquals(
                "kits/broken/agenda-too-long.yaml:4:15: error: the agenda adds up to 1h30m, longer than the session's "
                        + "duration of 1h; shorten agenda items or raise 'duration' to 1h30m",
                onlyProblem("kits/broken/agenda-too-long.yaml"));
    }

    @Test
    void agendaItemWithBlankDurationIsReportedNotDropped() {
        assertEquals(
                "kits/broken/blank-agenda-duration.yaml:5:9: error: missing required key 'duration' in an agenda item; "
                        + "add 'duration: ...'",
                onlyProblem("kits/broken/blank-agenda-duration.yaml"));
    }

    @Test
    void breakWithoutLengthIsReportedNotDropped() {
        assertEquals(
                "kits/broken/blank-break.yaml:5:15: error: 'break' of an agenda item has no length; write minutes (45) "
                        + "or hours and minutes (10m, 1h, 1h30m), e.g. 'break: 15m'",
                onlyProblem("kits/broken/blank-break.yaml"));
    }

    @Test
    void reviewEveryAsAListIsReportedOnce() {
        assertEquals(
                "kits/broken/review-every-list.yaml:5:17: error: 'review_every' of the scorecard must be text, not a list; "
                        + "write it on one line after the colon, or use '|' for several lines",
                onlyProblem("kits/broken/review-every-list.yaml"));
    }

    @Test
    void reviewEveryDefaultsToNinetyDays() {
        assertEquals(
                new Scorecard(90, "90d", java.util.List.of()),
                valid("kits/valid/scorecard-defaults.yaml").scorecard().orElseThrow());
    }

    @Test
    void relativeDueInWordsIsRefused() {
        assertEquals(
                "kits/broken/bad-due.yaml:6:14: error: 'due' of a task 'in 2 days' is not valid; "
                        + "write days or weeks relative to the session, like +2d, +1w or -3d",
                onlyProblem("kits/broken/bad-due.yaml"));
    }

    @Test
    void dateThatDoesNotExistIsRefused() {
        assertEquals(
                "kits/broken/bad-date.yaml:4:11: error: 'date' of a session '2027-02-30' is not valid; "
                        + "write the date as YYYY-MM-DD, e.g. 2027-01-11",
                onlyProblem("kits/broken/bad-date.yaml"));
    }

    @Test
    void clockTimePastMidnightIsRefused() {
        assertEquals(
                "kits/broken/bad-clock-time.yaml:4:17: error: 'start_time' of a session '25:00' is not valid; "
                        + "write a 24-hour clock time as HH:MM, e.g. 09:30",
                onlyProblem("kits/broken/bad-clock-time.yaml"));
    }

    @Test
    void weekZeroIsRefused() {
        assertEquals(
                "kits/broken/week-zero.yaml:4:11: error: 'week' of a session '0' is not valid; "
                        + "write the week of the programme as a whole number from 1",
                onlyProblem("kits/broken/week-zero.yaml"));
    }
}
