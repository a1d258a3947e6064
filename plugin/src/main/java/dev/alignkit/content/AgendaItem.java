package dev.alignkit.content;

import java.time.Duration;
import java.util.Optional;

/** {@code reviewActions}: at this item the facilitator reviews the open actions of the sessions before it. */
public record AgendaItem(
        String title,
        Duration duration,
        Optional<String> lead,
        Optional<Markdown> notes,
        boolean isBreak,
        boolean reviewActions) {

    public AgendaItem(
            String title, Duration duration, Optional<String> lead, Optional<Markdown> notes, boolean isBreak) {
        this(title, duration, lead, notes, isBreak, false);
    }
}
