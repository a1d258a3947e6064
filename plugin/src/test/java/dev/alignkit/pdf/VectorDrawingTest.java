package dev.alignkit.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** A drawing the build makes (a KPI's chart) is placed in a printout as vector shapes, not as a raster image. */
class VectorDrawingTest {
    private static final PdfRenderer RENDERER = new PdfRenderer(new PdfOptions(List.of(), Optional.empty()));
    private static final PdfMetadata METADATA = new PdfMetadata("t", "a", "s", "k", "en");

    private static byte[] printedWith(String src) throws Exception {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head></head><body><p>Trend</p>"
                + "<img style=\"width: 120pt\" src=\"" + src + "\" alt=\"chart\" /></body></html>";
        return RENDERER.render(xhtml, METADATA, PdfResources.none());
    }

    private static String square() {
        return VectorDrawing.dataUri(200, 100, g -> {
            g.setColor(new Color(0x1D4ED8));
            g.fill(new Rectangle2D.Double(10, 10, 50, 50));
        });
    }

    private static List<PDXObject> xObjects(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            List<PDXObject> all = new ArrayList<>();
            for (COSName name : resources.getXObjectNames()) {
                all.add(resources.getXObject(name));
            }
            return all;
        }
    }

    @Test
    void aDrawingIsPlacedAsAFormOfShapesWithNoRasterImage() throws Exception {
        List<PDXObject> placed = xObjects(printedWith(square()));
        assertEquals(1, placed.size());
        PDFormXObject form = (PDFormXObject) placed.get(0);
        assertEquals(200, form.getBBox().getWidth(), 0.01);
        assertEquals(
                0, placed.stream().filter(PDImageXObject.class::isInstance).count(), "no raster image in the printout");
    }

    @Test
    void theSameDrawingPrintsToTheSameBytes() throws Exception {
        assertArrayEquals(printedWith(square()), printedWith(square()));
    }

    @Test
    void aDrawingThatIsNotAPdfIsReportedAndLeftOut() throws Exception {
        List<String> refused = new ArrayList<>();
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head></head><body><p>Trend</p>" + "<img src=\""
                + VectorDrawing.DATA_URI_PREFIX + "bm90IGEgcGRm\" alt=\"chart\" /></body></html>";
        byte[] pdf = RENDERER.render(
                xhtml,
                METADATA,
                new PdfResources("", path -> Optional.empty(), link -> false, (url, why) -> refused.add(why)));
        assertEquals(0, xObjects(pdf).size());
        assertEquals(1, refused.size(), refused.toString());
    }
}
