package dev.alignkit.pdf;

import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.util.Optional;

/**
 * A document that must stay on one page (the poster) whose template estimates its type size from the text: the
 * estimate is close, not exact, so a document that still runs onto a second page is rendered again a size smaller.
 */
public final class OnePage {
    /** How many sizes smaller than its estimate a template is asked for at most. */
    public static final int MAX_STEPS = 4;

    /** One rendering, {@code smaller} sizes below the template's estimate; empty after a reported problem. */
    @FunctionalInterface
    public interface Attempt {
        Optional<byte[]> render(int smaller);
    }

    private OnePage() {}

    /** The first attempt that fits on one page, or the last one tried. */
    public static Optional<byte[]> largestFitting(Attempt attempt) {
        Optional<byte[]> pdf = Optional.empty();
        for (int smaller = 0; smaller <= MAX_STEPS; smaller++) {
            pdf = attempt.render(smaller);
            if (pdf.isEmpty() || pageCount(pdf.get()) <= 1) {
                return pdf;
            }
        }
        return pdf;
    }

    public static int pageCount(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            try {
                return reader.getNumberOfPages();
            } finally {
                reader.close();
            }
        } catch (IOException e) {
            throw new IllegalStateException("a PDF just written does not read back", e);
        }
    }
}
