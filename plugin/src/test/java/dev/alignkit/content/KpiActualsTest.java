package dev.alignkit.content;

import static dev.alignkit.content.Kits.formatted;
import static dev.alignkit.content.Kits.load;
import static dev.alignkit.content.Kits.onlyProblem;
import static dev.alignkit.content.Kits.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A KPI's direction and its actual values, read from the scorecard with every mistake at its position. */
class KpiActualsTest {
    private static Kpi kpi(Kit kit, int index) {
        return kit.scorecard().orElseThrow().kpis().get(index);
    }

    @Test
    void actualsAreReadWithTheirDayInTheOrderOfTheirDays() {
        Kpi leads = kpi(valid("kits/scorecard/actuals.yaml"), 0);
        assertEquals(
                List.of(30, 90, 180),
                leads.actuals().stream().map(KpiActual::day).toList());
        KpiActual first = leads.actuals().get(0);
        assertEquals(Optional.of(LocalDate.of(2027, 2, 3)), first.date());
        assertEquals(Optional.empty(), first.checkIn());
        KpiActual second = leads.actuals().get(1);
        assertEquals(Optional.of(1), second.checkIn());
        assertEquals(Optional.of(new BigDecimal("124")), second.number());
        assertEquals(Optional.of("Campaign started late"), second.note());
    }

    @Test
    void theDirectionIsWrittenOrInferredFromBaselineAndTarget() {
        Kit kit = valid("kits/scorecard/actuals.yaml");
        assertEquals(KpiDirection.INCREASE, kpi(kit, 0).direction());
        assertEquals(KpiDirection.DECREASE, kpi(kit, 1).direction());
        assertEquals(KpiDirection.AT_LEAST, kpi(kit, 2).direction());
    }

    @Test
    void aKpiWithoutBaselineAndTargetKeepsAValueThatIsNotANumber() {
        KpiActual mood = kpi(valid("kits/scorecard/actuals.yaml"), 3).actuals().get(0);
        assertEquals("mostly positive", mood.written());
        assertEquals(Optional.empty(), mood.number());
    }

    @Test
    void everyMistakeInActualsAndDirectionIsReportedAtItsPositionInOneRun() {
        assertEquals(
                List.of(
                        "kits/scorecard/bad-actuals.yaml:12:21: error: 'check_in' 5 is not a check-in of the scorecard;"
                                + " write a number from 1 to 4 (one check-in every 90d for a year)",
                        "kits/scorecard/bad-actuals.yaml:14:17: error: 'date' 2026-12-01 of an actual value is before"
                                + " the kit's start (2027-01-04); a measure from before the start is the KPI's 'baseline'",
                        "kits/scorecard/bad-actuals.yaml:17:18: error: 'value' of an actual value 'about 120' is not a"
                                + " number, but the KPI's baseline or target is; write a number, like 120 or 4.5, with at"
                                + " most 15 digits before the point and 6 after it",
                        "kits/scorecard/bad-actuals.yaml:18:11: error: an actual value needs 'check_in: N' (the"
                                + " check-in it was measured for) or 'date: YYYY-MM-DD'",
                        "kits/scorecard/bad-actuals.yaml:21:11: error: check-in 2 already has a value at line 19;"
                                + " write one value per check-in, or use 'date:' for a measure between check-ins",
                        "kits/scorecard/bad-actuals.yaml:24:18: error: 'direction: increase' runs against the KPI's"
                                + " target (5) and baseline (8); write 'direction: decrease' or correct the target",
                        "kits/scorecard/bad-actuals.yaml:28:18: error: 'direction: at_most' holds the KPI to its"
                                + " target, but the KPI has no 'target'; add 'target:' with the bound"),
                formatted(load("kits/scorecard/bad-actuals.yaml")));
    }

    @Test
    void aDatedActualNeedsTheKitsStart() {
        assertEquals(
                "kits/scorecard/dated-without-start.yaml:10:17: error: 'date' of an actual value counts from the"
                        + " kit's 'start', which is not set; add 'start:' to the kit or write 'check_in: N'",
                onlyProblem("kits/scorecard/dated-without-start.yaml"));
    }
}
