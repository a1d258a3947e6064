package dev.alignkit.content;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One facilitation kit, validated: every rule of the content format holds for it. {@code summary} and {@code inputs}
 * speak to the facilitator; {@code invitation} and {@code preReading} are the participants' counterparts.
 * {@code posterSize} overrides the build's poster size; {@code sheets} are the printable sheets the kit asks for,
 * {@code participants} the number expected (the attendance sheet's rows).
 */
public record Kit(
        String id,
        String sourceFile,
        String title,
        String strategy,
        Optional<Markdown> summary,
        Optional<Markdown> invitation,
        Optional<String> owner,
        String language,
        List<String> tags,
        Optional<LocalDate> start,
        ZoneId timezone,
        List<Attachment> attachments,
        List<Stakeholder> stakeholders,
        List<Role> roles,
        List<Markdown> groundRules,
        List<Markdown> inputs,
        List<Markdown> preReading,
        List<Markdown> outcomes,
        List<Phase> phases,
        List<Session> sessions,
        Optional<Scorecard> scorecard,
        Optional<PosterSize> posterSize,
        List<Sheet> sheets,
        Optional<Integer> participants) {

    /** The day a session takes place: its own {@code date}, else its {@code week} counted from the kit's {@code start}. */
    public Optional<LocalDate> dateOf(Session session) {
        return session.date().or(() -> start.flatMap(first -> session.week().map(week -> first.plusWeeks(week - 1L))));
    }

    /** The last day of a dated session: a pulse with {@code open_for} takes answers until then, others last one day. */
    public Optional<LocalDate> lastDayOf(Session session) {
        return dateOf(session).map(first -> first.plusDays(session.openDays().orElse(1) - 1L));
    }

    /** When a dated session with a start time begins, in the kit's time zone. */
    public Optional<ZonedDateTime> startOf(Session session) {
        return dateOf(session).flatMap(day -> session.startTime().map(time -> ZonedDateTime.of(day, time, timezone)));
    }

    /**
     * When a dated session with a start time ends in a calendar: after its duration, or after an hour when it has
     * none, since a calendar event needs a length.
     */
    public Optional<ZonedDateTime> endOf(Session session) {
        Duration length = session.duration().isZero() ? Duration.ofHours(1) : session.duration();
        return startOf(session).map(begin -> begin.plus(length));
    }

    /** The scorecard's check-ins in its first year, numbered from 1, dated when the kit has a start. */
    public List<CheckIn> checkIns() {
        List<CheckIn> checkIns = new ArrayList<>();
        List<Integer> days = scorecard.map(Scorecard::checkInDays).orElse(List.of());
        for (int i = 0; i < days.size(); i++) {
            int day = days.get(i);
            checkIns.add(new CheckIn(i + 1, day, start.map(first -> first.plusDays(day))));
        }
        return List.copyOf(checkIns);
    }
}
