package dev.alignkit.content;

import java.time.Duration;
import java.util.Optional;

public record AgendaItem(
        String title, Duration duration, Optional<String> lead, Optional<Markdown> notes, boolean isBreak) {}
