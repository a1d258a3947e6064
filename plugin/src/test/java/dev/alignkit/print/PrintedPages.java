package dev.alignkit.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF read back as a reader sees it: pages of text lines, each with its place on the page and its type.
 * Text in the page margins (running header, footer, page number) is kept apart from the page's content.
 */
public record PrintedPages(List<Page> pages) {
    /**
     * A document's top and bottom page margins, in points: its running header and footer stand in them, its content
     * between them.
     */
    public record PageMargins(float top, float bottom) {
        /** The page margins of {@code print.css} (top 22 mm, bottom 20 mm). */
        public static final PageMargins PRINT_CSS = new PageMargins(mm(22), mm(20));

        /** The narrower margins of the sheets a meeting is run with ({@code compact} in {@code lib.ftlh}). */
        public static final PageMargins COMPACT = new PageMargins(mm(12), mm(11));
    }

    /** One line of text; {@code top} and {@code bottom} are measured from the top of the page, in points. */
    public record Line(String text, float top, float bottom, float fontSize, String fontName) {
        /** Headings are set in the bold serif face; nothing else is. */
        public boolean isHeading() {
            return fontName.contains("Serif") && fontName.contains("Bold");
        }

        /** An h1 or h2: the start of a section (h2 is 15 pt, h3 11.5 pt). */
        public boolean isSectionHeading() {
            return isHeading() && fontSize >= 14;
        }
    }

    /**
     * One page. {@code drawnTo} is how far down its visible drawings reach (boxes, ruled lines, table borders, images),
     * from the top of the page in points, the bottom margin left out.
     */
    public record Page(
            int number,
            float width,
            float height,
            PageMargins pageMargins,
            List<Line> content,
            List<Line> margins,
            float drawnTo) {
        /** The top of the content box: the page's top margin, below the running header. */
        public float contentTop() {
            return pageMargins.top();
        }

        /** The height of the content box: the page less its top and bottom margins. */
        public float contentHeight() {
            return height - pageMargins.top() - pageMargins.bottom();
        }

        /**
         * How full the page is, from 0 to 1: how far down its content box the lowest mark on it reaches, a line of text
         * (its baseline) or a visible drawing. An empty page is 0, a page written to its foot is 1. Measured from the
         * lowest mark, not added up from the marks' heights: the white between the blocks is part of what the page
         * holds, while the white below the last block is what a reader sees as left over.
         */
        public float fill() {
            float textTo = 0;
            for (Line line : content) {
                textTo = Math.max(textTo, line.bottom());
            }
            float lowest = Math.max(textTo, drawnTo);
            return lowest <= contentTop() ? 0 : Math.min(1, (lowest - contentTop()) / contentHeight());
        }

        /**
         * Whether the page opens a section: its first line of content (the topmost, the running header aside) is the title
         * or a section heading (h1 or h2). A page that opens with anything else (a paragraph, rows of a table with or
         * without their repeated header, a sub-heading such as "Follow-up") carries on the section of the page before.
         */
        public boolean opensASection() {
            return !content.isEmpty() && content.get(0).isSectionHeading();
        }

        public String text() {
            StringBuilder text = new StringBuilder();
            content.forEach(line -> text.append(line.text()).append(' '));
            return text.toString().replaceAll("\\s+", " ").strip();
        }
    }

    static float mm(float millimetres) {
        return millimetres * 72 / 25.4f;
    }

    /** A document set with the page margins of {@code print.css}. */
    public static PrintedPages read(byte[] pdf) {
        return read(pdf, PageMargins.PRINT_CSS);
    }

    public static PrintedPages read(byte[] pdf, PageMargins pageMargins) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            LineCollector collector = new LineCollector(pageMargins);
            collector.setSortByPosition(true);
            collector.getText(document);
            return new PrintedPages(List.copyOf(collector.pages));
        } catch (IOException e) {
            throw new AssertionError("PDF does not read back", e);
        }
    }

    public int size() {
        return pages.size();
    }

    /** Every content line of the document in reading order, with the page it is on. */
    public List<Placed> lines() {
        List<Placed> all = new ArrayList<>();
        for (Page page : pages) {
            page.content().forEach(line -> all.add(new Placed(page, line)));
        }
        return all;
    }

    public record Placed(Page page, Line line) {}

    public String text() {
        StringBuilder text = new StringBuilder();
        pages.forEach(page -> text.append(page.text()).append(' '));
        return text.toString().strip();
    }

    /** Collects words into lines and lines into pages, splitting content from the margins. */
    private static final class LineCollector extends PDFTextStripper {
        private final PageMargins pageMargins;
        private final List<Page> pages = new ArrayList<>();
        private final List<TextPosition> positions = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private List<Line> content = new ArrayList<>();
        private List<Line> margins = new ArrayList<>();
        private float width;
        private float height;

        LineCollector(PageMargins pageMargins) throws IOException {
            this.pageMargins = pageMargins;
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            content = new ArrayList<>();
            margins = new ArrayList<>();
            width = page.getMediaBox().getWidth();
            height = page.getMediaBox().getHeight();
            super.startPage(page);
        }

        @Override
        protected void writeString(String string, List<TextPosition> textPositions) {
            text.append(string);
            positions.addAll(textPositions);
        }

        @Override
        protected void writeWordSeparator() {
            text.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            closeLine();
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            closeLine();
            pages.add(new Page(
                    pages.size() + 1,
                    width,
                    height,
                    pageMargins,
                    List.copyOf(content),
                    List.copyOf(margins),
                    DrawnExtent.of(page, pageMargins.bottom())));
            super.endPage(page);
        }

        private void closeLine() {
            if (positions.isEmpty() || text.toString().isBlank()) {
                positions.clear();
                text.setLength(0);
                return;
            }
            float top = Float.MAX_VALUE;
            float bottom = 0;
            float size = 0;
            for (TextPosition p : positions) {
                top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
                bottom = Math.max(bottom, p.getYDirAdj());
                // the size as set: getFontSizeInPt() cuts 79.99 pt down to 79
                size = Math.max(size, Math.abs(p.getTextMatrix().getScalingFactorY()));
            }
            TextPosition first = positions.get(0);
            String font = first.getFont() == null ? "" : first.getFont().getName();
            Line line = new Line(text.toString().strip(), top, bottom, size, font == null ? "" : font);
            boolean inMargin = bottom < pageMargins.top() || top > height - pageMargins.bottom();
            (inMargin ? margins : content).add(line);
            positions.clear();
            text.setLength(0);
        }
    }
}
