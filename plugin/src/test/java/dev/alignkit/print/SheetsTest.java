package dev.alignkit.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.content.Kit;
import dev.alignkit.content.Markdown;
import dev.alignkit.content.PosterSize;
import dev.alignkit.content.Sheet;
import dev.alignkit.print.PrintedPages.Line;
import dev.alignkit.print.PrintedPages.Page;
import dev.alignkit.render.SheetPages;
import dev.alignkit.render.SheetPages.SheetFile;
import dev.alignkit.support.PrintFixture;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The printable sheets read back: each keeps the promise its name makes, in A4 and Letter. */
class SheetsTest {
    private static final Kit ALIGNMENT_DAY = PrintFixture.loadKit(Path.of("../content/alignment-day.yaml"));

    private static SheetFile file(Sheet sheet) {
        return SheetPages.files(sheet).get(0);
    }

    private static PrintedPages printed(String pageSize, Sheet sheet, int rows) {
        return PrintedPages.read(new PrintFixture(Optional.empty(), pageSize)
                .sheetPdf(ALIGNMENT_DAY, Optional.empty(), file(sheet), rows));
    }

    @ParameterizedTest
    @ValueSource(strings = {"A4", "letter"})
    void theCanvasIsOnePageOfA3AndOfA1WithTheStrategyAtTheTop(String pageSize) {
        PrintFixture fixture = new PrintFixture(Optional.empty(), pageSize);
        for (SheetFile file : SheetPages.files(Sheet.CANVAS)) {
            PrintedPages pages = PrintedPages.read(fixture.sheetPdf(ALIGNMENT_DAY, Optional.empty(), file, 0));
            PosterSize paper = file.paper().orElseThrow();
            assertEquals(1, pages.size(), file.name() + " runs to " + pages.size() + " pages");
            Page page = pages.pages().get(0);
            assertEquals(paper.width(), page.width(), 1, file.name() + " width");
            assertEquals(paper.height(), page.height(), 1, file.name() + " height");
            assertTrue(page.text().contains(ALIGNMENT_DAY.strategy()), page.text());
            for (String box : new String[] {"Why", "What", "Who", "How", "When", "Measures"}) {
                assertTrue(page.text().contains(box), file.name() + " has no box '" + box + "'");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"A4", "letter"})
    void theFeedbackFormIsOnePage(String pageSize) {
        PrintedPages pages = printed(pageSize, Sheet.FEEDBACK, 0);
        assertEquals(1, pages.size());
        assertTrue(pages.text().contains("Return on the time invested"), pages.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"A4", "letter"})
    void theAttendanceSheetHasANumberedRowForEachOfFiveHundredParticipants(String pageSize) {
        PrintedPages pages = printed(pageSize, Sheet.ATTENDANCE, 500);
        String text = " " + pages.text() + " ";
        assertTrue(text.contains(" 500 "), "row 500 is printed");
        assertTrue(!text.contains(" 501 "), "no row 501");
        assertTrue(pages.size() > 10, "500 rows take " + pages.size() + " pages");
        for (Page page : pages.pages()) {
            assertTrue(
                    page.text().contains("Signature"),
                    "page " + page.number() + " repeats the heading row: " + page.text());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"A4", "letter"})
    void questionCardsPrintEveryPromptOnceEightToAPage(String pageSize) {
        PrintedPages pages = printed(pageSize, Sheet.QUESTION_CARDS, 0);
        long prompts = ALIGNMENT_DAY.sessions().stream()
                .mapToLong(s -> s.prompts().size())
                .sum();
        assertEquals((prompts + 7) / 8, pages.size());
        String text = pages.text();
        for (var session : ALIGNMENT_DAY.sessions()) {
            for (Markdown prompt : session.prompts()) {
                String start = prompt.source()
                        .substring(0, Math.min(20, prompt.source().length()));
                assertEquals(text.indexOf(start), text.lastIndexOf(start), "printed once: " + prompt.source());
                assertTrue(text.contains(start), "not printed: " + prompt.source());
            }
        }
    }

    @Test
    void aSessionsQuestionCardsHoldOnlyItsOwnPrompts() {
        var session = ALIGNMENT_DAY.sessions().get(1);
        var other = ALIGNMENT_DAY.sessions().get(2);
        String text = PrintedPages.read(new PrintFixture()
                        .sheetPdf(ALIGNMENT_DAY, Optional.of(session.id()), file(Sheet.QUESTION_CARDS), 0))
                .text();
        assertTrue(text.contains(session.prompts().get(0).source().substring(0, 20)), text);
        assertTrue(!text.contains(other.prompts().get(0).source().substring(0, 20)), text);
    }

    @Test
    void noHeadingOfAFormStandsAtThePageFoot() {
        for (Sheet sheet : new Sheet[] {Sheet.ACTION_ITEMS, Sheet.DECISION_LOG, Sheet.PARKING_LOT, Sheet.ATTENDANCE}) {
            for (Page page : printed("A4", sheet, 60).pages()) {
                Line last = page.content().get(page.content().size() - 1);
                assertTrue(!last.isHeading(), sheet + ": page " + page.number() + " ends with " + last.text());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"A4", "letter"})
    void aBookletPutsTheLastAndTheFirstPageOnTheFrontOfTheOuterSheet(String pageSize) throws IOException {
        PrintFixture fixture = new PrintFixture(Optional.empty(), pageSize);
        SheetFile file = file(Sheet.HANDOUT_BOOKLET);
        byte[] pages = fixture.bookletPages(ALIGNMENT_DAY, file);
        byte[] booklet = fixture.sheetPdf(ALIGNMENT_DAY, Optional.empty(), file, 0);
        try (PDDocument source = Loader.loadPDF(pages);
                PDDocument imposed = Loader.loadPDF(booklet)) {
            int n = source.getNumberOfPages();
            int padded = (n + 3) / 4 * 4;
            assertEquals(padded / 2, imposed.getNumberOfPages(), "sides for " + n + " pages");
            PDPage side = imposed.getPage(0);
            float width = side.getMediaBox().getWidth();
            float height = side.getMediaBox().getHeight();
            assertTrue(width > height, "the sheet is landscape");
            PDFTextStripperByArea halves = new PDFTextStripperByArea();
            halves.addRegion("left", new Rectangle2D.Float(0, 0, width / 2, height));
            halves.addRegion("right", new Rectangle2D.Float(width / 2, 0, width / 2, height));
            halves.extractRegions(side);
            String last = padded == n ? pageText(source, n) : "";
            assertEquals(last, words(halves.getTextForRegion("left")), "left half: the last page");
            assertEquals(pageText(source, 1), words(halves.getTextForRegion("right")), "right half: page 1");
        }
    }

    @Test
    void aBookletIsTheSameBytesFromTheSameInput() {
        byte[] first =
                new PrintFixture().sheetPdf(ALIGNMENT_DAY, Optional.empty(), file(Sheet.QUESTION_CARDS_BOOKLET), 0);
        byte[] second =
                new PrintFixture().sheetPdf(ALIGNMENT_DAY, Optional.empty(), file(Sheet.QUESTION_CARDS_BOOKLET), 0);
        assertArrayEquals(first, second);
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return words(stripper.getText(document));
    }

    private static String words(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
