package dev.alignkit.content;

import java.time.LocalDate;
import java.time.ZoneId;
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
}
