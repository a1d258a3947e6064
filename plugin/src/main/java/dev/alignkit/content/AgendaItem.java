package dev.alignkit.content;

import java.time.Duration;
import java.util.Optional;

/**
 * One time-boxed block of a session's agenda. {@code title} is empty only for a break written without one
 * ({@code - break: 15m}); the pages name such a break in the kit's language.
 */
public record AgendaItem(
        Optional<String> title, Duration duration, Optional<String> lead, Optional<Markdown> notes, boolean isBreak) {}
