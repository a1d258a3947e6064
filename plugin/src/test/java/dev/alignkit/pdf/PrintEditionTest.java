package dev.alignkit.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.content.Kit;
import dev.alignkit.render.PrintDocument;
import dev.alignkit.support.PrintFixture;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Every page of a printout says which edition of the kit it is, so a sheet left in a room can be told from a newer one. */
class PrintEditionTest {
    private static final Path FIXTURES = Path.of("src/test/resources/print");

    private static String page(byte[] pdf, int number) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(number);
            stripper.setEndPage(number);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    @Test
    void everyPageOfTheGuideNamesTheProjectVersionAndTheBuildDate() throws IOException {
        Kit kit = PrintFixture.loadKit(Path.of("..", "content", "alignment-day.yaml"));
        byte[] guide = new PrintFixture(Optional.empty(), "A4", Optional.of("2.3.0"))
                .pdf(kit, PrintDocument.FACILITATOR_GUIDE);
        for (int n = 1; n <= pages(guide); n++) {
            assertTrue(page(guide, n).contains("Version 2.3.0 of Nov 24, 2026"), "page " + n + ": " + page(guide, n));
        }
    }

    @Test
    void theEditionIsDatedTheDayTheKitIsReadAs() throws IOException {
        Kit kit = PrintFixture.loadKit(Path.of("..", "content", "alignment-day.yaml"));
        byte[] guide = new PrintFixture(Optional.empty(), "A4", Optional.of("2.3.0"))
                .readAsOf(LocalDate.of(2027, 9, 1))
                .pdf(kit, PrintDocument.FACILITATOR_GUIDE);
        assertTrue(page(guide, 2).contains("Version 2.3.0 of Sep 1, 2027"), page(guide, 2));
    }

    @Test
    void aGermanKitSaysItInGerman() throws IOException {
        Kit kit = PrintFixture.loadKit(FIXTURES.resolve("strategie-kit.yaml"));
        byte[] handout = new PrintFixture(Optional.empty(), "A4", Optional.of("1.0"))
                .pdf(kit, PrintDocument.PARTICIPANT_HANDOUT);
        assertTrue(page(handout, 1).contains("Version 1.0 vom 24.11.2026"), page(handout, 1));
    }

    @Test
    void withoutAVersionNoEditionIsPrinted() throws IOException {
        Kit kit = PrintFixture.loadKit(Path.of("..", "content", "alignment-day.yaml"));
        byte[] guide = new PrintFixture().pdf(kit, PrintDocument.FACILITATOR_GUIDE);
        assertFalse(page(guide, 2).contains("Version"), page(guide, 2));
    }
}
