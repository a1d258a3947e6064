package dev.alignkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.render.Views.KpiView;
import dev.alignkit.render.Views.PageLink;
import dev.alignkit.support.PrintFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A KPI lists the actions that serve it, linked to where each one is. */
class KpiTraceabilityTest {
    private static final List<KpiView> KPIS = new PrintFixture()
            .view(PrintFixture.loadKit(Path.of("src/test/resources/kits/actions/unserved-kpi.yaml")))
            .tracking()
            .scorecard()
            .kpis();

    @Test
    void aKpiLinksTheActionsThatNameIt() {
        assertEquals(
                List.of(new PageLink(
                        "Launch the campaign", "facilitators/unserved-kpi/review.html#task-launch-the-campaign")),
                KPIS.get(0).actions());
    }

    @Test
    void aKpiNoActionNamesHasNoLinks() {
        assertEquals(List.of(), KPIS.get(1).actions());
    }
}
