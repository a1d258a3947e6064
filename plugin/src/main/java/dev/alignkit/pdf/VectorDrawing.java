package dev.alignkit.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Graphics2D;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.function.Consumer;

/**
 * A drawing made with Java2D as a one-page PDF, which a print template shows as an image ({@code <img
 * src="data:application/pdf;base64,...">}): Flying Saucer places the page as a vector form, sharp at any size. A raster
 * image of the same drawing had to be encoded, then decoded again for every document that showed it, and cost more
 * than the rest of a scorecard's page. The page holds shapes only; no text and no font enters it.
 */
public final class VectorDrawing {
    public static final String DATA_URI_PREFIX = "data:application/pdf;base64,";

    private VectorDrawing() {}

    /** The drawing as a data URI of a page {@code width} by {@code height} points, painted in those units. */
    public static String dataUri(int width, int height, Consumer<Graphics2D> painter) {
        return DATA_URI_PREFIX + Base64.getEncoder().encodeToString(pdf(width, height, painter));
    }

    static byte[] pdf(int width, int height, Consumer<Graphics2D> painter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8 * 1024);
        Document document = new Document(new Rectangle(width, height), 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        PdfContentByte page = writer.getDirectContent();
        Graphics2D g = page.createGraphicsShapes(width, height);
        try {
            painter.accept(g);
        } finally {
            g.dispose();
        }
        // Only the page is placed in a printout, but the data URI is part of the print XHTML, so it must not change.
        writer.getInfo().remove(PdfName.CREATIONDATE);
        document.close();
        return ReproduciblePdf.withContentId(out.toByteArray());
    }
}
