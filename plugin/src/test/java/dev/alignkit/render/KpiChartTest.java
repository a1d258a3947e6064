package dev.alignkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.render.Views.KitView;
import dev.alignkit.render.Views.KpiPointView;
import dev.alignkit.render.Views.KpiView;
import dev.alignkit.support.PrintFixture;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** A KPI's view: its statuses and latest value, and its chart drawn from numbers only. */
class KpiChartTest {
    private static final Path KITS = Path.of("src/test/resources/kits/scorecard");

    private static KpiView kpi(String file, int index) {
        return new PrintFixture()
                .view(PrintFixture.loadKit(KITS.resolve(file)))
                .tracking()
                .scorecard()
                .kpis()
                .get(index);
    }

    private static Document svg(KpiView kpi) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(kpi.chart().markup().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theChartIsWellFormedSvgWithTheDashedPlanAndAMarkerPerActualValue() throws Exception {
        Document svg = svg(kpi("actuals.yaml", 0));
        assertEquals("svg", svg.getDocumentElement().getLocalName());
        assertEquals("true", svg.getDocumentElement().getAttribute("aria-hidden"));
        List<String> classes = classesOf(svg);
        assertTrue(classes.contains("chart-planned"));
        assertTrue(classes.contains("chart-actual"));
        assertTrue(classes.contains("chart-baseline"));
        assertTrue(classes.contains("chart-target"));
        assertEquals(
                3, classes.stream().filter(c -> c.startsWith("chart-point")).count());
    }

    @Test
    void theAxisNamesTheLeastAndTheMostValueDrawnNotTheRoomAroundThem() throws Exception {
        // baseline 100, target 200, actual values between: the axis leaves room below 100 and above 200
        var labels = svg(kpi("actuals.yaml", 0)).getElementsByTagName("text");
        List<String> named = new ArrayList<>();
        for (int i = 0; i < labels.getLength(); i++) {
            named.add(labels.item(i).getTextContent());
        }
        assertTrue(named.contains("200"), named.toString());
        assertTrue(named.contains("100"), named.toString());
        assertFalse(named.contains("90"), named.toString());
        assertFalse(named.contains("210"), named.toString());
    }

    @Test
    void eachStatusHasItsOwnMarkerShapeSoThatColourIsNotAlone() throws Exception {
        // check-in 1: 124 < planned 125 (at risk); day 30: 108 vs 108.33 (at risk); check-in 2: 150 = 150 (on track)
        Document svg = svg(kpi("actuals.yaml", 0));
        assertEquals(2, svg.getElementsByTagName("path").getLength() - 1, "two triangles besides the target's diamond");
        assertEquals(
                "chart-point on_track",
                svg.getElementsByTagName("circle")
                        .item(1)
                        .getAttributes()
                        .getNamedItem("class")
                        .getNodeValue());
    }

    @Test
    void noTextOfTheKitReachesTheChart() throws Exception {
        KpiView hostile = kpi("hostile-name.yaml", 0);
        String markup = hostile.chart().markup();
        assertFalse(markup.contains("script"), markup);
        assertFalse(markup.contains("alert"), markup);
        assertFalse(markup.contains("onload"), markup);
        assertEquals("svg", svg(hostile).getDocumentElement().getLocalName());
    }

    @Test
    void theValuesTableCarriesEachValueWithItsPlanAndStatusInWords() {
        List<KpiPointView> points = kpi("actuals.yaml", 0).points();
        assertEquals(
                List.of(
                        new KpiPointView("Feb 3, 2027", "2027-02-03", "108", "108.33", "at_risk", "At risk", null),
                        new KpiPointView(
                                "Check-in 1",
                                "2027-04-04",
                                "124",
                                "125",
                                "at_risk",
                                "At risk",
                                "Campaign started late"),
                        new KpiPointView("Check-in 2", "2027-07-03", "150", "150", "on_track", "On track", null)),
                points);
    }

    @Test
    void theLatestValueIsTheLastOneMeasuredByTheBuildsDate() {
        MarkdownRenderer markdown = new MarkdownRenderer();
        var kit = PrintFixture.loadKit(KITS.resolve("actuals.yaml"));
        var theme = new Theme(Optional.empty());
        Messages msg = Messages.load(theme, kit.language());
        KitView before = new KitViewBuilder(markdown, Optional.of(LocalDate.of(2027, 5, 1))).build(kit, msg);
        KitView after = new KitViewBuilder(markdown, Optional.of(LocalDate.of(2027, 8, 1))).build(kit, msg);
        assertEquals(
                "Check-in 1",
                before.tracking().scorecard().kpis().get(0).latest().when());
        assertEquals(2, before.tracking().scorecard().nextCheckIn().number());
        assertEquals(
                "Check-in 2",
                after.tracking().scorecard().kpis().get(0).latest().when());
        assertEquals(3, after.tracking().scorecard().nextCheckIn().number());
    }

    @Test
    void aKpiWithoutNumbersHasNoChartButItsValuesShowAsWritten() {
        KpiView mood = kpi("actuals.yaml", 3);
        assertNull(mood.chart());
        assertNull(mood.chartImage());
        assertEquals("mostly positive", mood.latest().value());
        assertNull(mood.latest().status());
    }

    @Test
    void thePrintedChartIsAOnePageVectorDrawingWithTheSameBytesEveryTime() throws Exception {
        String first = kpi("actuals.yaml", 0).chartImage().get();
        String second = kpi("actuals.yaml", 0).chartImage().get();
        assertEquals(first, second);
        byte[] pdf = Base64.getDecoder().decode(first.substring("data:application/pdf;base64,".length()));
        try (PDDocument drawing = Loader.loadPDF(pdf)) {
            assertEquals(1, drawing.getNumberOfPages());
            PDRectangle page = drawing.getPage(0).getMediaBox();
            assertEquals(KpiChart.WIDTH, page.getWidth(), 0.01);
            assertEquals(KpiChart.HEIGHT, page.getHeight(), 0.01);
            assertFalse(
                    drawing.getPage(0)
                            .getResources()
                            .getXObjectNames()
                            .iterator()
                            .hasNext(),
                    "shapes only, no raster image");
        }
    }

    private static List<String> classesOf(Document svg) {
        var all = svg.getElementsByTagName("*");
        List<String> classes = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            var cls = all.item(i).getAttributes().getNamedItem("class");
            if (cls != null) {
                classes.add(cls.getNodeValue());
            }
        }
        return classes;
    }

    @Test
    void coordinatesAreWrittenAsTheFormatterWritesThemWithOneDecimal() {
        Random random = new Random(42);
        List<Double> values = new ArrayList<>(
                List.of(0.0, -0.0, 0.05, -0.05, 0.15, 0.25, 1.05, 2.45, -0.04, 99.95, 1e7, 123456789.96, 1e-9, -1e-9));
        for (int i = 0; i < 20_000; i++) {
            values.add((random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(6)));
            values.add(random.nextInt(20_000) / 100.0 - 50);
        }
        for (double value : values) {
            assertEquals(String.format(Locale.ROOT, "%.1f", value), KpiChart.f(value), () -> "for " + value);
        }
    }
}
