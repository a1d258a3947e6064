package dev.alignkit.content;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One time-boxed block of a session's agenda. {@code title} is empty only for a break written without one
 * ({@code - break: 15m}); the pages name such a break in the kit's language. A block may say what it is for
 * ({@code type}), which questions it works on ({@code prompts}, participant material) and how people work on them
 * ({@code method}, facilitator material); a break has none of these. {@code reviewActions}: at this block the
 * facilitator reviews the open actions of the sessions before it.
 */
public record AgendaItem(
        Optional<String> title,
        Duration duration,
        Optional<String> lead,
        Optional<Markdown> notes,
        boolean isBreak,
        Optional<BlockType> type,
        List<BlockPrompt> prompts,
        Optional<Method> method,
        boolean reviewActions) {

    /** A block with a title and nothing but its time box, lead and notes. */
    public static AgendaItem plain(String title, Duration duration, Optional<String> lead, Optional<Markdown> notes) {
        return new AgendaItem(
                Optional.of(title), duration, lead, notes, false, Optional.empty(), List.of(), Optional.empty(), false);
    }

    /** A break, named or not. */
    public static AgendaItem pause(
            Optional<String> title, Duration duration, Optional<String> lead, Optional<Markdown> notes) {
        return new AgendaItem(title, duration, lead, notes, true, Optional.empty(), List.of(), Optional.empty(), false);
    }
}
