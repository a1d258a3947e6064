package dev.alignkit.content;

import dev.alignkit.diagnostics.SourcePosition;
import java.util.Optional;

public record Stakeholder(
        String name,
        Optional<Impact> impact,
        Optional<String> contact,
        Optional<Markdown> concerns,
        SourcePosition position) {}
