package dev.alignkit.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.content.Kit;
import dev.alignkit.render.PrintDocument;
import dev.alignkit.support.PrintFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfKitsTest {
    private static final Path EXAMPLES = Path.of("../content");
    private static final Path FIXTURES = Path.of("src/test/resources/print");
    private static final PrintFixture PRINT = new PrintFixture();

    private static Kit example(String id) {
        return PrintFixture.loadKit(EXAMPLES.resolve(id + ".yaml"));
    }

    /** The text in the order it was written, with words hyphenated at a line's end (in table cells) read whole. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper()
                    .getText(document)
                    .replaceAll("\\s+", " ")
                    .replaceAll("(?<=\\p{Ll})- (?=\\p{Ll})", "");
        }
    }

    /** The German fixture kit, whose tips and notes carry the markers GEHEIMER-TIPP and GEHEIME-NOTIZ. */
    private static byte[] strategieKit(PrintDocument document) {
        return PRINT.pdf(PrintFixture.loadKit(FIXTURES.resolve("strategie-kit.yaml")), document);
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    @Test
    void facilitatorGuideHoldsPromptsAgendaTipsAndFacilitatorNotes() throws IOException {
        String text = text(strategieKit(PrintDocument.FACILITATOR_GUIDE));
        assertTrue(text.contains("Was ist Ihnen an Kundenfokus 2027 noch unklar?"), text);
        assertTrue(text.contains("Begrüßung und Überblick"), text);
        assertTrue(text.contains("09:00–09:15"), text);
        assertTrue(text.contains("GEHEIMER-TIPP"), text);
        assertTrue(text.contains("GEHEIME-NOTIZ"), text);
    }

    @Test
    void participantHandoutNeverShowsTipsOrFacilitatorNotes() throws IOException {
        String text = text(strategieKit(PrintDocument.PARTICIPANT_HANDOUT));
        assertTrue(text.contains("Welche Größe muss sich ändern, damit wir Erfolg haben?"), text);
        assertTrue(text.contains("Fragen sammeln"), text);
        assertFalse(text.contains("GEHEIMER-TIPP"), text);
        assertFalse(text.contains("GEHEIME-NOTIZ"), text);
    }

    @Test
    void participantHandoutOfEveryExampleKitLeavesOutEveryTipAndNote() throws IOException {
        for (String id : List.of(
                "organizational-alignment",
                "cross-departmental-marketing-meeting",
                "align-the-organization",
                "alignment-day")) {
            Kit kit = example(id);
            String text = text(PRINT.pdf(kit, PrintDocument.PARTICIPANT_HANDOUT));
            kit.sessions().forEach(s -> {
                s.tips()
                        .forEach(tip -> assertFalse(
                                text.contains(firstWords(tip.source())), id + " leaks tip " + tip.source()));
                s.agenda()
                        .forEach(a -> a.notes()
                                .ifPresent(n -> assertFalse(
                                        text.contains(firstWords(n.source())), id + " leaks note " + n.source())));
                s.prompts()
                        .forEach(p ->
                                assertTrue(text.contains(firstWords(p.source())), id + " misses prompt " + p.source()));
            });
        }
    }

    /** The first words of a Markdown text as they appear in extracted text (no markup, no line breaks). */
    private static String firstWords(String markdown) {
        String plain = markdown.replaceAll("[*_`\\[\\]]", "")
                .replaceAll("\\(http[^)]*\\)", "")
                .replaceAll("\\s+", " ")
                .strip();
        String[] words = plain.split(" ");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(5, words.length)));
    }

    @Test
    void germanTextPrintsAndExtractsWithUmlautsAndSharpS() throws IOException {
        String text = text(strategieKit(PrintDocument.FACILITATOR_GUIDE));
        assertTrue(text.contains("Strategie-Workshop für Größere Teams"), text);
        assertTrue(text.contains("Kritik äußern wir konstruktiv und offen."), text);
        assertTrue(text.contains("Moderationsleitfaden"), "German labels: " + text);
    }

    @Test
    void latinExtendedLettersOfPolishCzechAndTurkishSurviveExtraction() throws IOException {
        String text = text(PRINT.pdf(
                PrintFixture.loadKit(FIXTURES.resolve("polish-czech-turkish.yaml")), PrintDocument.FACILITATOR_GUIDE));
        assertTrue(text.contains("Zażółć gęślą jaźń"), text);
        assertTrue(text.contains("Příliš žluťoučký kůň"), text);
        assertTrue(text.contains("Ça va? Ğ ğ İ ı Ş ş Ł ł Ń ń Ř ř Ů ů Ž ž Œ œ"), text);
    }

    @Test
    void everyFontOfEveryDocumentIsEmbedded() throws IOException {
        for (PrintDocument kind : PrintDocument.values()) {
            try (PDDocument document = Loader.loadPDF(PRINT.pdf(example("organizational-alignment"), kind))) {
                for (PDPage page : document.getPages()) {
                    PDResources resources = page.getResources();
                    for (COSName name : resources.getFontNames()) {
                        PDFont font = resources.getFont(name);
                        assertTrue(font.isEmbedded(), kind + " uses a font that is not embedded: " + font.getName());
                    }
                }
            }
        }
    }

    @Test
    void facilitatorGuideHasOneOutlineEntryPerSession() throws IOException {
        Kit kit = example("organizational-alignment");
        try (PDDocument document = Loader.loadPDF(PRINT.pdf(kit, PrintDocument.FACILITATOR_GUIDE))) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item :
                    document.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
            assertEquals(
                    List.of(
                            "1. Providing Clarity",
                            "2. Enabling Our Strategy",
                            "3. Surfacing Obstacles",
                            "4. Share the How"),
                    titles);
        }
    }

    @Test
    void documentInformationNamesKitOwnerStrategyTagsAndLanguage() throws IOException {
        Kit kit = example("organizational-alignment");
        try (PDDocument document = Loader.loadPDF(PRINT.pdf(kit, PrintDocument.PARTICIPANT_HANDOUT))) {
            var info = document.getDocumentInformation();
            assertTrue(info.getTitle().startsWith(kit.title()), info.getTitle());
            assertEquals(kit.owner().orElseThrow(), info.getAuthor());
            assertEquals(kit.strategy(), info.getSubject());
            assertEquals(String.join(", ", kit.tags()), info.getKeywords());
            assertEquals("en", document.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void facilitatorGuideFooterCountsPages() throws IOException {
        byte[] pdf = PRINT.pdf(example("organizational-alignment"), PrintDocument.FACILITATOR_GUIDE);
        int pages = pages(pdf);
        assertTrue(text(pdf).contains("Page " + pages + " of " + pages));
    }

    @Test
    void groundRulesPosterIsOneLandscapePageForUpToEightRules() throws IOException {
        for (String id : List.of("organizational-alignment", "cross-departmental-marketing-meeting", "alignment-day")) {
            try (PDDocument document = Loader.loadPDF(PRINT.pdf(example(id), PrintDocument.GROUND_RULES))) {
                assertEquals(1, document.getNumberOfPages(), id);
                var box = document.getPage(0).getMediaBox();
                assertTrue(box.getWidth() > box.getHeight(), id + " poster is not landscape");
            }
        }
    }

    @Test
    void followUpChecklistListsTasksWithActionRegisterAndAttendanceSheet() throws IOException {
        String text = text(strategieKit(PrintDocument.FOLLOW_UP_CHECKLIST));
        assertTrue(text.contains("Fragen auswerten"), text);
        assertTrue(text.contains("Strategiebüro"), text);
        assertTrue(text.contains("Einladung verschicken"), text);
        assertTrue(text.contains("Maßnahmenliste"), text);
        assertTrue(text.contains("Anwesenheit"), text);
    }

    @Test
    void sameContentGivesByteIdenticalPdfs() {
        Kit kit = example("alignment-day");
        for (PrintDocument kind : PrintDocument.values()) {
            assertArrayEquals(
                    new PrintFixture().pdf(kit, kind),
                    new PrintFixture().pdf(kit, kind),
                    kind + " differs between builds");
        }
    }

    @Test
    void letterPageSizeIsHonoured() throws IOException {
        byte[] pdf = new PrintFixture(Optional.empty(), "letter")
                .pdf(example("alignment-day"), PrintDocument.FACILITATOR_GUIDE);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(612, Math.round(document.getPage(0).getMediaBox().getWidth()));
            assertEquals(792, Math.round(document.getPage(0).getMediaBox().getHeight()));
        }
    }

    /**
     * The kit page holds every stakeholder's concerns and, a click away, all tips and notes: the handout's one QR code opens
     * the participant page instead, and its address is printed (the address, wrapped, is read in writing order).
     */
    @Test
    void handoutsQrCodeOpensTheParticipantPageNotTheFacilitatorKitPage() throws IOException {
        Kit kit = example("alignment-day");
        byte[] with = new PrintFixture(Optional.of("https://intranet.example.com/kits/"), "A4")
                .pdf(kit, PrintDocument.PARTICIPANT_HANDOUT);
        assertEquals(1, images(with));
        try (PDDocument document = Loader.loadPDF(with)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertTrue(text.contains("https://intranet.example.com/kits/alignment-day/participants.html"), text);
            assertFalse(text.contains("https://intranet.example.com/kits/alignment-day/index.html"), text);
        }
    }

    private static int images(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int count = 0;
            for (COSName name : document.getPage(0).getResources().getXObjectNames()) {
                if (document.getPage(0).getResources().isImageXObject(name)) {
                    count++;
                }
            }
            return count;
        }
    }

    @Test
    void kitWithThirtySessionsPaginatesOneSessionPerPageWithoutLosingAny(@TempDir Path dir) throws IOException {
        StringBuilder yaml = new StringBuilder("title: Thirty Sessions\nsessions:\n");
        for (int i = 1; i <= 30; i++) {
            yaml.append("  - title: Session number ")
                    .append(i)
                    .append("\n    week: ")
                    .append(i)
                    .append("\n    prompt: Question ")
                    .append(i)
                    .append("?\n    agenda:\n");
            for (int j = 1; j <= 8; j++) {
                yaml.append("      - title: Item ")
                        .append(i)
                        .append('.')
                        .append(j)
                        .append("\n        duration: 10m\n");
            }
        }
        Path file = dir.resolve("thirty.yaml");
        Files.writeString(file, yaml);
        byte[] pdf = PRINT.pdf(PrintFixture.loadKit(file), PrintDocument.FACILITATOR_GUIDE);
        String text = text(pdf);
        for (int i = 1; i <= 30; i++) {
            assertTrue(text.contains("Question " + i + "?"), "session " + i);
            assertTrue(text.contains("Item " + i + ".8"), "last agenda item of session " + i);
        }
        assertTrue(pages(pdf) >= 32, "cover, contents and a page per session");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int entries = 0;
            for (PDOutlineItem ignored :
                    document.getDocumentCatalog().getDocumentOutline().children()) {
                entries++;
            }
            assertEquals(30, entries);
        }
    }
}
