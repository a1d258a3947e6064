package dev.alignkit.content;

import dev.alignkit.diagnostics.SourcePosition;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A checklist item or follow-up task: an action. Its {@code id} is unique within the kit, written ({@code id:}) or
 * taken from the item's text, never from its place in a list, so that ticks and exports follow the action when
 * others are added, moved or reworded. {@code kpis} names the KPIs of the scorecard it serves.
 */
public record Task(
        String id,
        boolean idWritten,
        String item,
        Optional<Markdown> details,
        Optional<String> owner,
        Optional<RelativeDue> due,
        ActionStatus status,
        Optional<LocalDate> doneOn,
        List<String> kpis,
        SourcePosition position) {

    public Task {
        kpis = List.copyOf(kpis);
    }
}
