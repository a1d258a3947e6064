package dev.alignkit.content;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * Where a KPI should stand on a day, and how an actual value stands against that: the scorecard's statuses, computed
 * here rather than in templates. The thresholds (docs/content-format.md, "KPI status"):
 *
 * <ul>
 *   <li>{@code increase} / {@code decrease}: the planned path runs straight from the baseline at the kit's start to the
 *       target at the last check-in (and stays there after it). Progress is how far the value has moved from the
 *       baseline towards the target. On track when progress is at least the planned progress; at risk when it is at
 *       least {@value #AT_RISK_SHARE_PERCENT} % of it; off track below that.
 *   <li>{@code at_least} / {@code at_most}: on track when the value is on the right side of the target (equal counts);
 *       at risk when it misses by at most {@value #TOLERANCE_PERCENT} % of the target's size; off track beyond.
 * </ul>
 *
 * A KPI without a baseline or a target, or a value that is not a number, has no status. Comparisons are exact
 * (cross-multiplied, no division), so a value on a boundary is never rounded to the wrong side.
 */
public final class KpiTrack {
    static final int AT_RISK_SHARE_PERCENT = 80;
    static final int TOLERANCE_PERCENT = 10;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private KpiTrack() {}

    /** The direction a KPI has when none is written: towards the target from the baseline, else {@code increase}. */
    static KpiDirection inferred(Optional<BigDecimal> baseline, Optional<BigDecimal> target) {
        if (baseline.isPresent() && target.isPresent()) {
            int order = target.get().compareTo(baseline.get());
            return order > 0 ? KpiDirection.INCREASE : order < 0 ? KpiDirection.DECREASE : KpiDirection.AT_LEAST;
        }
        return KpiDirection.INCREASE;
    }

    /** Where the KPI should stand on {@code day}: on the path for increase and decrease, the target for a bound. */
    public static Optional<BigDecimal> planned(Kpi kpi, int horizonDays, int day) {
        if (kpi.target().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal target = kpi.target().get();
        if (kpi.direction().isBound()) {
            return Optional.of(target);
        }
        return kpi.baseline().map(baseline -> {
            int along = Math.min(Math.max(day, 0), horizonDays);
            BigDecimal share = BigDecimal.valueOf(along).divide(BigDecimal.valueOf(horizonDays), MathContext.DECIMAL64);
            return baseline.add(target.subtract(baseline).multiply(share));
        });
    }

    /** The status of {@code value} measured on {@code day}, when the KPI has what a status needs. */
    public static Optional<KpiStatus> status(Kpi kpi, int horizonDays, int day, BigDecimal value) {
        if (kpi.target().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal target = kpi.target().get();
        return switch (kpi.direction()) {
            case AT_LEAST -> Optional.of(bound(value.subtract(target), target));
            case AT_MOST -> Optional.of(bound(target.subtract(value), target));
            case INCREASE -> kpi.baseline().map(b -> path(value.subtract(b), target.subtract(b), horizonDays, day));
            case DECREASE -> kpi.baseline().map(b -> path(b.subtract(value), b.subtract(target), horizonDays, day));
        };
    }

    /** {@code margin} is how far the value is on the right side of the bound (negative: on the wrong side). */
    private static KpiStatus bound(BigDecimal margin, BigDecimal target) {
        if (margin.signum() >= 0) {
            return KpiStatus.ON_TRACK;
        }
        BigDecimal tolerance = target.abs().multiply(BigDecimal.valueOf(TOLERANCE_PERCENT));
        return margin.multiply(HUNDRED).negate().compareTo(tolerance) <= 0 ? KpiStatus.AT_RISK : KpiStatus.OFF_TRACK;
    }

    /**
     * {@code progress} and {@code distance} are measured in the direction of travel: progress made since the baseline,
     * and the whole distance to the target. Planned progress on {@code day} is distance x day / horizon.
     */
    private static KpiStatus path(BigDecimal progress, BigDecimal distance, int horizonDays, int day) {
        BigDecimal along = BigDecimal.valueOf(Math.min(Math.max(day, 0), horizonDays));
        BigDecimal made = progress.multiply(BigDecimal.valueOf(horizonDays));
        BigDecimal planned = distance.multiply(along);
        if (made.compareTo(planned) >= 0) {
            return KpiStatus.ON_TRACK;
        }
        BigDecimal share = BigDecimal.valueOf(AT_RISK_SHARE_PERCENT);
        return made.multiply(HUNDRED).compareTo(planned.multiply(share)) >= 0 ? KpiStatus.AT_RISK : KpiStatus.OFF_TRACK;
    }
}
