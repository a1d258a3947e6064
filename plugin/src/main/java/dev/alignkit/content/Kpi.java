package dev.alignkit.content;

import dev.alignkit.diagnostics.SourcePosition;
import java.math.BigDecimal;
import java.util.Optional;

public record Kpi(
        String name,
        Optional<String> owner,
        Optional<String> unit,
        Optional<BigDecimal> baseline,
        Optional<BigDecimal> target,
        SourcePosition position) {}
