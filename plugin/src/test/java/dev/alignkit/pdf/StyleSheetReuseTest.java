package dev.alignkit.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.xhtmlrenderer.css.sheet.PropertyDeclaration;
import org.xhtmlrenderer.css.sheet.StylesheetInfo.Origin;

/**
 * Every print document of a build inlines the same style sheet: a worker thread parses it once and its later documents
 * use that parse, while a document with another sheet, or one that links a sheet from its own folder, gets its own.
 */
class StyleSheetReuseTest {
    private static final PdfMetadata METADATA = new PdfMetadata("t", "a", "s", "k", "en");
    private static final String SMALL_PAGE = "@page { size: 200pt 300pt; margin: 10pt; } p { color: #123456; }";
    private static final String WIDE_PAGE = "@page { size: 400pt 100pt; margin: 10pt; } p { color: #123456; }";

    private final PdfRenderer renderer = new PdfRenderer(new PdfOptions(List.of(), Optional.empty()));

    private static String page(String head, String text) {
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>" + head + "</head><body><p>" + text
                + "</p></body></html>";
    }

    private static String styled(String css, String text) {
        return page("<style type=\"text/css\">" + css + "</style>", text);
    }

    /** The page rules' declarations for the last document this thread rendered, as the parsed sheets hold them. */
    private List<PropertyDeclaration> pageRulesOfLastDocument() {
        return renderer.styleSheetsOfThisThread()
                .orElseThrow()
                .getPageStyle(null, "first")
                .getProperties();
    }

    /** The page width the last document's own style sheet declares. */
    private PropertyDeclaration pageWidthOfLastDocument() {
        return pageRulesOfLastDocument().stream()
                .filter(declaration -> declaration.getPropertyName().equals("-fs-page-width"))
                .reduce((earlier, later) -> later)
                .orElseThrow();
    }

    /** The page margin of Flying Saucer's own default style sheet ({@code @page { margin: 0.5in }}). */
    private PropertyDeclaration defaultPageMarginOfLastDocument() {
        return pageRulesOfLastDocument().stream()
                .filter(declaration -> declaration.getOrigin() == Origin.USER_AGENT
                        && declaration.getPropertyName().equals("margin-top"))
                .findFirst()
                .orElseThrow();
    }

    private static PDRectangle firstPageSize(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getPage(0).getMediaBox();
        }
    }

    private static PdfResources folder(String folder, Map<String, String> files) {
        return new PdfResources(
                folder,
                path -> Optional.ofNullable(files.get(path)).map(css -> css.getBytes(StandardCharsets.UTF_8)),
                link -> true,
                (url, why) -> {});
    }

    @Test
    void theSecondDocumentWithTheSameInlineStyleSheetUsesTheSheetParsedForTheFirst() throws Exception {
        renderer.render(styled(SMALL_PAGE, "first document"), METADATA);
        PropertyDeclaration parsedForFirst = pageWidthOfLastDocument();

        renderer.render(styled(SMALL_PAGE, "second document, other text"), METADATA);

        assertSame(parsedForFirst, pageWidthOfLastDocument());
    }

    @Test
    void flyingSaucersDefaultStyleSheetIsParsedOnceForAllTheDocumentsOfAThread() throws Exception {
        renderer.render(styled(SMALL_PAGE, "small"), METADATA);
        PropertyDeclaration parsedForFirst = defaultPageMarginOfLastDocument();

        renderer.render(styled(WIDE_PAGE, "wide"), METADATA);

        assertSame(parsedForFirst, defaultPageMarginOfLastDocument());
    }

    @Test
    void aDocumentWithAnotherInlineStyleSheetGetsItsOwn() throws Exception {
        renderer.render(styled(SMALL_PAGE, "small"), METADATA);
        PropertyDeclaration small = pageWidthOfLastDocument();

        byte[] wide = renderer.render(styled(WIDE_PAGE, "wide"), METADATA);

        assertNotSame(small, pageWidthOfLastDocument());
        assertEquals(400, firstPageSize(wide).getWidth(), 0.5);
        assertEquals(100, firstPageSize(wide).getHeight(), 0.5);
    }

    @Test
    void aLinkedStyleSheetIsTheOneInTheDocumentsOwnFolder() throws Exception {
        String linking = page("<link rel=\"stylesheet\" href=\"print.css\"/>", "linked");
        renderer.render(linking, METADATA, folder("a/", Map.of("a/print.css", SMALL_PAGE)));

        byte[] wide = renderer.render(linking, METADATA, folder("b/", Map.of("b/print.css", WIDE_PAGE)));

        assertEquals(400, firstPageSize(wide).getWidth(), 0.5);
    }

    @Test
    void aStyleSheetImportedByTheSameInlineSheetIsTheOneInTheDocumentsOwnFolder() throws Exception {
        String importing = styled("@import url(print.css);", "imported");
        renderer.render(importing, METADATA, folder("a/", Map.of("a/print.css", SMALL_PAGE)));

        byte[] wide = renderer.render(importing, METADATA, folder("b/", Map.of("b/print.css", WIDE_PAGE)));

        assertEquals(400, firstPageSize(wide).getWidth(), 0.5);
    }

    @Test
    void aDocumentAfterOneThatLinkedASheetStillGetsItsInlineSheet() throws Exception {
        renderer.render(
                page("<link rel=\"stylesheet\" href=\"print.css\"/>", "linked"),
                METADATA,
                folder("a/", Map.of("a/print.css", SMALL_PAGE)));

        byte[] wide = renderer.render(styled(WIDE_PAGE, "inline"), METADATA);

        assertEquals(400, firstPageSize(wide).getWidth(), 0.5);
    }
}
