import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Node;

/**
 * The floor for a facilitator guide: the same document written directly with OpenPDF's API, no HTML layout engine.
 * Run with the plugin's class path (OpenPDF is on it):
 *
 * <pre>java -cp CP bench/OpenPdfFloor.java --xhtml GUIDE.html --fonts templates/print/fonts --pdf OUT.pdf [--warmup 20] [--runs 50]</pre>
 *
 * GUIDE.html is the print XHTML that bench/PdfBench.java writes for the same kit, so the floor has the same text,
 * headings, lists and tables. It is parsed once, before timing, and stands for the kit model in memory; each timed
 * document walks it and lays it out with Document, Paragraph, List and PdfPTable in the theme's DejaVu fonts embedded
 * with IDENTITY_H (loaded once, as a renderer that shares its fonts would), A4 with the print CSS's margins, sizes and
 * colours, running header and footer, a new page where the CSS has one. Prints one line:
 * {@code floor pdf_ms=... cpu_ms=... first_ms=... pages=... bytes=...}: median wall time per document, process CPU
 * per document (all threads, JIT and GC included) over the timed runs, and the first document in a fresh JVM.
 */
public final class OpenPdfFloor {
    private static final float MM = 72f / 25.4f;
    private static final Color INK = new Color(0x1d2430);
    private static final Color HEADING = new Color(0x14365d);
    private static final Color MUTED = new Color(0x555555);
    private static final Color HEADER_FILL = new Color(0xe8eef4);
    private static final Color RULE = new Color(0x9fb3c8);

    private final Font body;
    private final Font bold;
    private final Font italic;
    private final Font small;
    private final Font smallBold;
    private final Font th;
    private final BaseFont serifBold;
    private final BaseFont sans;

    private OpenPdfFloor(Path fonts) throws Exception {
        sans = font(fonts, "DejaVuSans.ttf");
        BaseFont sansBold = font(fonts, "DejaVuSans-Bold.ttf");
        BaseFont sansOblique = font(fonts, "DejaVuSans-Oblique.ttf");
        serifBold = font(fonts, "DejaVuSerif-Bold.ttf");
        body = new Font(sans, 9.5f, Font.NORMAL, INK);
        bold = new Font(sansBold, 9.5f, Font.NORMAL, INK);
        italic = new Font(sansOblique, 9.5f, Font.NORMAL, INK);
        small = new Font(sans, 8.5f, Font.NORMAL, INK);
        smallBold = new Font(sansBold, 8.5f, Font.NORMAL, INK);
        th = new Font(sansBold, 8.5f, Font.NORMAL, HEADING);
    }

    private static BaseFont font(Path dir, String file) throws Exception {
        return BaseFont.createFont(dir.resolve(file).toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    }

    public static void main(String[] args) throws Exception {
        Path xhtml = null;
        Path fonts = null;
        Path pdfOut = null;
        int warmup = 20;
        int runs = 50;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--xhtml" -> xhtml = Path.of(args[++i]);
                case "--fonts" -> fonts = Path.of(args[++i]);
                case "--pdf" -> pdfOut = Path.of(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        long started = System.nanoTime();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        org.w3c.dom.Element guide = factory.newDocumentBuilder().parse(xhtml.toFile()).getDocumentElement();
        OpenPdfFloor floor = new OpenPdfFloor(fonts);
        byte[] first = floor.write(guide);
        double firstMs = (System.nanoTime() - started) / 1e6;
        Files.write(pdfOut, first);

        for (int i = 0; i < warmup; i++) {
            floor.write(guide);
        }
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] wall = new double[runs];
        long cpuBefore = os.getProcessCpuTime();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            floor.write(guide);
            wall[i] = (System.nanoTime() - t) / 1e6;
        }
        double cpuMs = (os.getProcessCpuTime() - cpuBefore) / 1e6 / runs;
        Arrays.sort(wall);
        double median = runs % 2 == 1 ? wall[runs / 2] : (wall[runs / 2 - 1] + wall[runs / 2]) / 2;
        System.out.println(String.format(Locale.ROOT, "floor pdf_ms=%.1f cpu_ms=%.1f first_ms=%.0f bytes=%d",
                median, cpuMs, firstMs, first.length));
    }

    // ---------------------------------------------------------------- one document

    private byte[] write(org.w3c.dom.Element html) throws Exception {
        org.w3c.dom.Element bodyElement = child(html, "body");
        Running running = new Running(text(byClass(bodyElement, "running-header")), text(byClass(bodyElement, "running-doc")),
                text(byClass(bodyElement, "running-footer")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 18 * MM, 18 * MM, 22 * MM, 20 * MM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(running);
        document.open();
        blocks(bodyElement, document);
        document.close();
        return out.toByteArray();
    }

    /** Block-level content, in document order. */
    private void blocks(Node parent, Document document) throws Exception {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            org.w3c.dom.Element e = (org.w3c.dom.Element) n;
            String cls = e.getAttribute("class");
            switch (e.getTagName()) {
                case "h1" -> document.add(heading(e, cls.isEmpty() && isCover(e) ? 30 : 24, 0, 6 * MM));
                case "h2" -> document.add(heading(e, 15, 8 * MM, 3 * MM));
                case "h3" -> document.add(heading(e, 11.5f, 5 * MM, 2 * MM));
                case "h4" -> document.add(heading(e, 10, 3 * MM, 1 * MM));
                case "p" -> document.add(paragraph(e, body, 2.2f * MM));
                case "ul", "ol" -> document.add(list(e));
                case "table" -> document.add(table(e));
                case "div" -> {
                    if (cls.startsWith("running-")) {
                        continue;
                    }
                    if (cls.contains("new-page")) {
                        document.newPage();
                    }
                    if (cls.contains("answer-space")) {
                        document.add(box(38 * MM));
                    } else if (cls.contains("prompt")) {
                        document.add(prompt(e));
                    } else if (hasBlocks(e)) {
                        blocks(e, document);
                    } else {
                        document.add(paragraph(e, body, 2.2f * MM));
                    }
                }
                default -> blocks(e, document);
            }
        }
    }

    private boolean isCover(org.w3c.dom.Element e) {
        return e.getParentNode() instanceof org.w3c.dom.Element p && p.getAttribute("class").contains("cover");
    }

    private Paragraph heading(org.w3c.dom.Element e, float size, float before, float after) {
        Paragraph p = new Paragraph(text(e), new Font(serifBold, size, Font.NORMAL, HEADING));
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        p.setLeading(size * 1.2f);
        p.setKeepTogether(true);
        return p;
    }

    private Paragraph paragraph(org.w3c.dom.Element e, Font font, float after) {
        Paragraph p = new Paragraph();
        p.setFont(font);
        p.setLeading(font.getSize() * 1.42f);
        inline(e, p, font);
        p.setSpacingAfter(after);
        return p;
    }

    /** Text runs with bold and italic, as Chunks; nested paragraphs become line breaks. */
    private void inline(Node parent, Phrase into, Font font) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE) {
                String t = n.getNodeValue().replaceAll("\\s+", " ");
                if (!t.isBlank() || (into.size() > 0 && !t.isEmpty())) {
                    into.add(new Chunk(t, font));
                }
            } else if (n.getNodeType() == Node.ELEMENT_NODE) {
                String tag = ((org.w3c.dom.Element) n).getTagName();
                Font f = switch (tag) {
                    case "strong", "b", "th" -> font.getSize() < 9 ? smallBold : bold;
                    case "em", "i" -> italic;
                    default -> font;
                };
                if ((tag.equals("p") || tag.equals("div")) && into.size() > 0) {
                    into.add(new Chunk("\n", font));
                }
                inline(n, into, f);
            }
        }
    }

    private com.lowagie.text.List list(org.w3c.dom.Element e) {
        com.lowagie.text.List list = new com.lowagie.text.List(e.getTagName().equals("ol"), 6 * MM);
        list.setListSymbol(new Chunk("• ", body));
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element li && li.getTagName().equals("li")) {
                com.lowagie.text.ListItem item = new com.lowagie.text.ListItem();
                item.setLeading(9.5f * 1.42f);
                item.setSpacingAfter(1 * MM);
                inline(li, item, body);
                list.add(item);
            }
        }
        return list;
    }

    private PdfPTable table(org.w3c.dom.Element e) {
        List<org.w3c.dom.Element> rows = new ArrayList<>();
        int headerRows = 0;
        for (Node section = e.getFirstChild(); section != null; section = section.getNextSibling()) {
            if (section instanceof org.w3c.dom.Element s) {
                if (s.getTagName().equals("tr")) {
                    rows.add(s);
                } else {
                    for (Node r = s.getFirstChild(); r != null; r = r.getNextSibling()) {
                        if (r instanceof org.w3c.dom.Element tr && tr.getTagName().equals("tr")) {
                            rows.add(tr);
                            if (s.getTagName().equals("thead")) {
                                headerRows++;
                            }
                        }
                    }
                }
            }
        }
        int columns = 1;
        for (org.w3c.dom.Element tr : rows) {
            columns = Math.max(columns, cells(tr).size());
        }
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setHeaderRows(headerRows);
        table.setSpacingBefore(2 * MM);
        table.setSpacingAfter(4 * MM);
        for (org.w3c.dom.Element tr : rows) {
            List<org.w3c.dom.Element> cells = cells(tr);
            for (org.w3c.dom.Element c : cells) {
                boolean header = c.getTagName().equals("th");
                Phrase phrase = new Phrase();
                phrase.setLeading(8.5f * 1.35f);
                inline(c, phrase, header ? th : small);
                PdfPCell cell = new PdfPCell(phrase);
                cell.setPadding(1.6f * MM);
                cell.setBorder(Rectangle.BOTTOM);
                cell.setBorderColor(RULE);
                cell.setBorderWidth(header ? 0.8f : 0.4f);
                if (header && rows.indexOf(tr) < headerRows) {
                    cell.setBackgroundColor(HEADER_FILL);
                }
                table.addCell(cell);
            }
            for (int i = cells.size(); i < columns; i++) {
                table.addCell(new PdfPCell(new Phrase("", small)));
            }
        }
        return table;
    }

    private static List<org.w3c.dom.Element> cells(org.w3c.dom.Element tr) {
        List<org.w3c.dom.Element> cells = new ArrayList<>();
        for (Node n = tr.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element c && (c.getTagName().equals("td") || c.getTagName().equals("th"))) {
                cells.add(c);
            }
        }
        return cells;
    }

    private PdfPTable prompt(org.w3c.dom.Element e) {
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setSpacingAfter(3 * MM);
        Font large = new Font(sans, 11, Font.NORMAL, INK);
        Phrase phrase = new Phrase();
        phrase.setLeading(11 * 1.42f);
        inline(e, phrase, large);
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderWidthLeft(2.5f);
        cell.setBorderColorLeft(new Color(0x2f6f9f));
        cell.setBackgroundColor(new Color(0xf1f6fa));
        cell.setPadding(2.5f * MM);
        box.addCell(cell);
        box.setKeepTogether(true);
        return box;
    }

    private PdfPTable box(float height) {
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setSpacingAfter(5 * MM);
        PdfPCell cell = new PdfPCell(new Phrase("", small));
        cell.setFixedHeight(height);
        cell.setBorderColor(new Color(0xb9c5d2));
        cell.setBorderWidth(0.6f);
        box.addCell(cell);
        return box;
    }

    private static boolean hasBlocks(org.w3c.dom.Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element c && List.of("h1", "h2", "h3", "h4", "p", "ul", "ol", "table", "div")
                    .contains(c.getTagName())) {
                return true;
            }
        }
        return false;
    }

    private static org.w3c.dom.Element child(org.w3c.dom.Element parent, String tag) {
        return (org.w3c.dom.Element) parent.getElementsByTagName(tag).item(0);
    }

    private static org.w3c.dom.Element byClass(org.w3c.dom.Element parent, String cls) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element e && e.getAttribute("class").equals(cls)) {
                return e;
            }
        }
        return null;
    }

    private static String text(org.w3c.dom.Element e) {
        return e == null ? "" : e.getTextContent().replaceAll("\\s+", " ").trim();
    }

    /** The running header (kit, document) and footer (strategy, page number), as the print CSS's margin boxes. */
    private final class Running extends PdfPageEventHelper {
        private final String header;
        private final String doc;
        private final String footer;

        Running(String header, String doc, String footer) {
            this.header = header;
            this.doc = doc;
            this.footer = footer;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Font running = new Font(sans, 8, Font.NORMAL, MUTED);
            float top = document.getPageSize().getTop() - 12 * MM;
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT, new Phrase(header, running), document.left(), top, 0);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT, new Phrase(doc, running), document.right(), top, 0);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT,
                    new Phrase(footer + "   " + writer.getPageNumber(), running), document.left(), 10 * MM, 0);
        }
    }
}
