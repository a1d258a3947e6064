package dev.alignkit.content;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How people work on an agenda block. {@code id} is the method's file name when it comes from a library (the project's
 * {@code content/methods/} or the theme's {@code methods/}) and empty for a method written inside the agenda item.
 * {@code summary} says what the method is good for, {@code setup} how the room is arranged; all of it is facilitator
 * material.
 */
public record Method(
        Optional<String> id,
        String name,
        Optional<Markdown> summary,
        Optional<GroupForm> group,
        List<MethodStep> steps,
        Optional<Markdown> setup,
        List<Markdown> materials) {

    public Duration stepsTotal() {
        return steps.stream().map(MethodStep::duration).reduce(Duration.ZERO, Duration::plus);
    }
}
