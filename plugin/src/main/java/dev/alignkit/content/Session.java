package dev.alignkit.content;

import dev.alignkit.diagnostics.SourcePosition;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * One session of a kit. {@code duration} is the declared length, else the agenda's total; validation
 * has made sure the agenda fits. {@code objective} speaks to the facilitator, {@code brief} to participants.
 * {@code sheets} are the printable sheets for this session alone; {@code participants} overrides the kit's number.
 * {@code location} is where it takes place ("Room 4.12"), {@code online} the address of its online meeting, an http or
 * https URL ({@code UrlPolicy.webAddress}). {@code openDays} is how many days a pulse stays open for answers, from its
 * date on.
 */
public record Session(
        String id,
        String title,
        Optional<Integer> week,
        Optional<LocalDate> date,
        SessionFormat format,
        Optional<LocalTime> startTime,
        Duration duration,
        Optional<Markdown> objective,
        Optional<Markdown> brief,
        List<Markdown> prompts,
        List<Markdown> tips,
        List<AgendaItem> agenda,
        List<Markdown> materials,
        List<Task> followUp,
        Optional<Markdown> then,
        Optional<String> location,
        Optional<String> online,
        Optional<Integer> openDays,
        SourcePosition position,
        List<Sheet> sheets,
        Optional<Integer> participants) {

    public Duration agendaTotal() {
        return agenda.stream().map(AgendaItem::duration).reduce(Duration.ZERO, Duration::plus);
    }
}
