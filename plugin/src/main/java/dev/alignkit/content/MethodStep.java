package dev.alignkit.content;

import java.time.Duration;
import java.util.Optional;

/** One step of a method: how long it takes, what people do, and how they are grouped when it differs from the method's. */
public record MethodStep(Duration duration, Markdown text, Optional<GroupForm> group) {}
