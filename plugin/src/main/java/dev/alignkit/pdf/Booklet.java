package dev.alignkit.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfImportedPage;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * A document's pages imposed two up in saddle-stitch order: printed on both sides (flipped on the short edge), the
 * stack folded once in the middle and stapled on the fold reads as a booklet. Blank pages pad the document to a
 * multiple of four; the first sheet's front carries the last page on the left and the first page on the right.
 */
final class Booklet {
    /** The document information carried over from the pages' document. */
    private static final List<PdfName> INFO =
            List.of(PdfName.TITLE, PdfName.AUTHOR, PdfName.SUBJECT, PdfName.KEYWORDS, PdfName.CREATOR);

    private Booklet() {}

    /** The order of the pages on the sheets' sides, two per side (left, right); 0 for a blank page. */
    static List<int[]> sides(int pages) {
        int padded = (pages + 3) / 4 * 4;
        List<int[]> sides = new ArrayList<>();
        for (int side = 0; side < padded / 2; side++) {
            int outer = padded - side;
            int inner = side + 1;
            int left = side % 2 == 0 ? outer : inner;
            int right = side % 2 == 0 ? inner : outer;
            sides.add(new int[] {left <= pages ? left : 0, right <= pages ? right : 0});
        }
        return sides;
    }

    static byte[] impose(byte[] pdf, float sheetWidth, float sheetHeight, Optional<Instant> timestamp) {
        try {
            PdfReader reader = new PdfReader(pdf);
            try {
                return ReproduciblePdf.withContentId(impose(reader, sheetWidth, sheetHeight, timestamp));
            } finally {
                reader.close();
            }
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("OpenPDF could not impose a booklet", e);
        }
    }

    private static byte[] impose(PdfReader reader, float sheetWidth, float sheetHeight, Optional<Instant> timestamp)
            throws DocumentException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(new Rectangle(sheetWidth, sheetHeight), 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        PdfContentByte content = writer.getDirectContent();
        boolean first = true;
        for (int[] side : sides(reader.getNumberOfPages())) {
            if (!first) {
                document.newPage();
            }
            first = false;
            place(writer, content, reader, side[0], 0, sheetWidth / 2, sheetHeight);
            place(writer, content, reader, side[1], sheetWidth / 2, sheetWidth / 2, sheetHeight);
            // a side of two blank pages is still a side of the sheet
            writer.setPageEmpty(false);
        }
        information(reader, writer, timestamp);
        document.close();
        return out.toByteArray();
    }

    /** One page scaled to fit its half of the side, centred in it. */
    private static void place(
            PdfWriter writer,
            PdfContentByte content,
            PdfReader reader,
            int page,
            float left,
            float width,
            float height) {
        if (page == 0) {
            return;
        }
        PdfImportedPage imported = writer.getImportedPage(reader, page);
        float scale = Math.min(1, Math.min(width / imported.getWidth(), height / imported.getHeight()));
        float x = left + (width - imported.getWidth() * scale) / 2;
        float y = (height - imported.getHeight() * scale) / 2;
        content.addTemplate(imported, scale, 0, 0, scale, x, y);
    }

    /** Title, author and language from the pages' document; dates from the build's timestamp or none. */
    private static void information(PdfReader reader, PdfWriter writer, Optional<Instant> timestamp) {
        PdfDictionary info = writer.getInfo();
        Map<String, String> source = reader.getInfo();
        for (PdfName key : INFO) {
            String name = PdfName.decodeName(key.toString());
            if (source.containsKey(name)) {
                info.put(key, new PdfString(source.get(name), PdfObject.TEXT_UNICODE));
            }
        }
        info.remove(PdfName.CREATIONDATE);
        info.remove(PdfName.MODDATE);
        timestamp.ifPresent(instant -> {
            Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            calendar.setTimeInMillis(instant.toEpochMilli());
            info.put(PdfName.CREATIONDATE, new PdfDate(calendar));
            info.put(PdfName.MODDATE, new PdfDate(calendar));
        });
        PdfObject language = reader.getCatalog().get(PdfName.LANG);
        if (language != null) {
            writer.getExtraCatalog().put(PdfName.LANG, language);
        }
    }
}
