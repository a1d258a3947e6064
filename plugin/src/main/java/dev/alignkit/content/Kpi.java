package dev.alignkit.content;

import dev.alignkit.diagnostics.SourcePosition;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A measure of the scorecard. {@code direction} is as written or inferred (see {@link KpiTrack#inferred}); {@code
 * actuals} are in the order of their day.
 */
public record Kpi(
        String name,
        Optional<String> owner,
        Optional<String> unit,
        Optional<BigDecimal> baseline,
        Optional<BigDecimal> target,
        KpiDirection direction,
        List<KpiActual> actuals,
        SourcePosition position) {

    public Kpi {
        actuals = List.copyOf(actuals);
    }
}
