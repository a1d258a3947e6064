package dev.alignkit.content;

import java.util.Optional;

public record Role(String role, Optional<String> who, Optional<Markdown> duties) {}
