package dev.alignkit.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.diagnostics.SourcePosition;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The status of an actual value at each boundary of each direction. The path cases run over a horizon of 360 days and
 * measure on day 90, a quarter of the way: planned progress is a quarter of the distance to the target.
 */
class KpiTrackTest {
    private static final int HORIZON = 360;
    private static final int QUARTER = 90;

    private static Kpi kpi(KpiDirection direction, String baseline, String target) {
        return new Kpi(
                "Measure",
                Optional.empty(),
                Optional.empty(),
                Optional.ofNullable(baseline).map(BigDecimal::new),
                Optional.ofNullable(target).map(BigDecimal::new),
                direction,
                List.of(),
                SourcePosition.ofFile("kit.yaml"));
    }

    private static Optional<KpiStatus> status(Kpi kpi, String value) {
        return KpiTrack.status(kpi, HORIZON, QUARTER, new BigDecimal(value));
    }

    @ParameterizedTest(name = "increase 100 -> 200, planned 125 on day 90: {0} is {1}")
    @CsvSource({
        "130, ON_TRACK",
        "125, ON_TRACK",
        "124.999999, AT_RISK",
        "120, AT_RISK",
        "119.999999, OFF_TRACK",
        "90, OFF_TRACK"
    })
    void increaseIsOnTrackFromThePlannedValueAndAtRiskFromEightyPercentOfThePlannedProgress(
            String value, KpiStatus expected) {
        assertEquals(Optional.of(expected), status(kpi(KpiDirection.INCREASE, "100", "200"), value));
    }

    @ParameterizedTest(name = "decrease 200 -> 100, planned 175 on day 90: {0} is {1}")
    @CsvSource({
        "170, ON_TRACK",
        "175, ON_TRACK",
        "175.000001, AT_RISK",
        "180, AT_RISK",
        "180.000001, OFF_TRACK",
        "210, OFF_TRACK"
    })
    void decreaseIsOnTrackDownToThePlannedValueAndAtRiskFromEightyPercentOfThePlannedProgress(
            String value, KpiStatus expected) {
        assertEquals(Optional.of(expected), status(kpi(KpiDirection.DECREASE, "200", "100"), value));
    }

    @ParameterizedTest(name = "at_least 50: {0} is {1}")
    @CsvSource({"60, ON_TRACK", "50, ON_TRACK", "49.999999, AT_RISK", "45, AT_RISK", "44.999999, OFF_TRACK"})
    void atLeastIsOnTrackAtTheBoundAndAtRiskWithinTenPercentBelowIt(String value, KpiStatus expected) {
        assertEquals(Optional.of(expected), status(kpi(KpiDirection.AT_LEAST, "40", "50"), value));
    }

    @ParameterizedTest(name = "at_most 50: {0} is {1}")
    @CsvSource({"40, ON_TRACK", "50, ON_TRACK", "50.000001, AT_RISK", "55, AT_RISK", "55.000001, OFF_TRACK"})
    void atMostIsOnTrackAtTheBoundAndAtRiskWithinTenPercentAboveIt(String value, KpiStatus expected) {
        assertEquals(Optional.of(expected), status(kpi(KpiDirection.AT_MOST, "60", "50"), value));
    }

    @Test
    void afterTheLastCheckInThePlanIsTheTarget() {
        Kpi kpi = kpi(KpiDirection.INCREASE, "100", "200");
        assertEquals(
                0, KpiTrack.planned(kpi, HORIZON, HORIZON + 30).orElseThrow().compareTo(new BigDecimal("200")));
        assertEquals(
                Optional.of(KpiStatus.AT_RISK), KpiTrack.status(kpi, HORIZON, HORIZON + 30, new BigDecimal("199")));
    }

    @Test
    void theDirectionIsInferredFromBaselineAndTarget() {
        assertEquals(KpiDirection.INCREASE, KpiTrack.inferred(num("1"), num("2")));
        assertEquals(KpiDirection.DECREASE, KpiTrack.inferred(num("2"), num("1")));
        assertEquals(KpiDirection.AT_LEAST, KpiTrack.inferred(num("2"), num("2")));
        assertEquals(KpiDirection.INCREASE, KpiTrack.inferred(Optional.empty(), num("2")));
    }

    @Test
    void aKpiWithoutBaselineOrTargetHasNoStatus() {
        assertEquals(Optional.empty(), status(kpi(KpiDirection.INCREASE, null, "200"), "150"));
        assertEquals(Optional.empty(), status(kpi(KpiDirection.INCREASE, "100", null), "150"));
    }

    private static Optional<BigDecimal> num(String value) {
        return Optional.of(new BigDecimal(value));
    }
}
