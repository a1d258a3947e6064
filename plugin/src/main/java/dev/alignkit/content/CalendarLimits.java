package dev.alignkit.content;

import dev.alignkit.diagnostics.Problem;
import dev.alignkit.diagnostics.SourcePosition;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dates a kit's calendar file must hold, checked before anything is rendered: RFC 5545 writes a year in four
 * digits, so every event and to-do of a kit with a {@code start} must fall within the years 0000 to 9999. Each date
 * outside them is an error at its session, or at the kit for check-ins and tasks.
 */
public final class CalendarLimits {
    private static final LocalDate FIRST_DAY = LocalDate.of(0, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private CalendarLimits() {}

    public static List<Problem> of(Kit kit) {
        if (kit.start().isEmpty()) {
            return List.of(); // such a kit has no calendar
        }
        List<Problem> problems = new ArrayList<>();
        for (Session session : kit.sessions()) {
            Optional<LocalDate> day = kit.dateOf(session);
            if (day.isPresent()) {
                LocalDate end = session.openDays().isEmpty()
                        ? kit.endOf(session)
                                .map(ZonedDateTime::toLocalDate)
                                .orElse(day.get().plusDays(1))
                        : kit.lastDayOf(session).orElseThrow().plusDays(1);
                if (!writable(day.get(), end)) {
                    problems.add(sessionOutOfRange(session, end));
                }
            }
        }
        for (CheckIn checkIn : kit.checkIns()) {
            LocalDate day = checkIn.date().orElseThrow();
            if (!writable(day, day.plusDays(1))) {
                // later check-ins are later still: one problem says it for all of them
                problems.add(Problem.error(
                        SourcePosition.ofFile(kit.sourceFile()),
                        "the scorecard's check-in " + checkIn.number() + " ends on " + day.plusDays(1) + ", after "
                                + LAST_DAY + ", the last date a calendar file (RFC 5545) can hold; move the kit's"
                                + " 'start' earlier"));
                break;
            }
        }
        for (Session session : kit.sessions()) {
            checkDue(kit, session.followUp(), kit.dateOf(session), problems);
        }
        for (Phase phase : kit.phases()) {
            checkDue(kit, phase.checklist(), kit.start(), problems);
        }
        return List.copyOf(problems);
    }

    private static void checkDue(Kit kit, List<Task> tasks, Optional<LocalDate> anchor, List<Problem> problems) {
        for (Task task : tasks) {
            Optional<LocalDate> due = task.due().flatMap(relative -> anchor.map(relative::from));
            if (due.isPresent() && !writable(due.get(), due.get())) {
                problems.add(Problem.error(
                        SourcePosition.ofFile(kit.sourceFile()),
                        "task '" + task.id() + "' is due on " + due.get()
                                + ", outside the years 0000 to 9999 a calendar file (RFC 5545) can hold; change its"
                                + " 'due' or the kit's 'start'"));
            }
        }
    }

    private static boolean writable(LocalDate start, LocalDate end) {
        return !start.isBefore(FIRST_DAY) && !end.isAfter(LAST_DAY);
    }

    private static Problem sessionOutOfRange(Session session, LocalDate end) {
        return Problem.error(
                session.position(),
                "session '" + session.id() + "' ends on " + end + ", after " + LAST_DAY
                        + ", the last date a calendar file (RFC 5545) can hold; move the kit's 'start' or the"
                        + " session's 'week' or 'date' earlier");
    }
}
