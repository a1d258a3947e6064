package dev.alignkit.pdf;

import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.xhtmlrenderer.pdf.ITextOutputDevice;

/**
 * Flying Saucer's output device, with the pages of {@link VectorDrawing}s read so that a document's bytes do not
 * change from run to run. OpenPDF writes the pages it imported in the order of a {@code HashMap} keyed by their
 * readers, whose hash codes are object identities: with two charts in a document, their order in the file changed
 * between runs. A reader here hashes by the drawing's bytes, so the order follows the document alone.
 */
final class DrawingOutputDevice extends ITextOutputDevice {
    private final Map<URI, PdfReader> readers = new HashMap<>();

    DrawingOutputDevice(float dotsPerPoint) {
        super(dotsPerPoint);
    }

    @Override
    public PdfReader getReader(URI uri) throws IOException {
        PdfReader reader = readers.get(uri);
        if (reader == null) {
            byte[] bytes = getSharedContext().getUserAgentCallback().getBinaryResource(uri.toString());
            if (bytes == null) {
                throw new IOException("no drawing at " + uri);
            }
            reader = new DrawingPage(bytes);
            readers.put(uri, reader);
        }
        return reader;
    }

    /** A drawing's page; equal only to itself, as any reader, but hashed by its bytes. */
    private static final class DrawingPage extends PdfReader {
        private final int hash;

        DrawingPage(byte[] bytes) throws IOException {
            super(bytes);
            this.hash = Arrays.hashCode(bytes);
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
