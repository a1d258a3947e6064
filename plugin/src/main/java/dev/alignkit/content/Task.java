package dev.alignkit.content;

import dev.alignkit.diagnostics.SourcePosition;

import java.util.Optional;

/** A checklist item or follow-up task. */
public record Task(String item, Optional<Markdown> details, Optional<String> owner, Optional<RelativeDue> due,
        SourcePosition position) {}
