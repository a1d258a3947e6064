package dev.alignkit.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.content.Kit;
import dev.alignkit.render.PrintDocument;
import dev.alignkit.support.PrintFixture;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A German kit's long compounds in the follow-up checklist's narrow owner column: broken at hyphenation points, with a
 * hyphen at the line end, and never running past the column into the next one.
 */
class HyphenationPrintTest {
    private static final Path FIXTURE = Path.of("src/test/resources/print/lange-woerter.yaml");
    private static final String OWNER = "Kennzahlenverantwortlicher";

    /** A word as PDFBox reads it off the page: its text and the left and right edge of its glyphs, in points. */
    private record Word(String text, float left, float right) {}

    private static List<Word> words(byte[] pdf) throws IOException {
        List<Word> words = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    float left = Float.MAX_VALUE;
                    float right = 0;
                    for (TextPosition p : positions) {
                        left = Math.min(left, p.getXDirAdj());
                        right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
                    }
                    words.add(new Word(text, left, right));
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(document);
        }
        return words;
    }

    private static Word only(List<Word> words, String text) {
        List<Word> found = words.stream().filter(w -> w.text().equals(text)).toList();
        assertEquals(1, found.size(), text + " in " + words);
        return found.get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A4", "letter"})
    void aLongCompoundInANarrowColumnBreaksWithAHyphenAndStaysInItsColumn(String pageSize) throws IOException {
        Kit kit = PrintFixture.loadKit(FIXTURE);
        byte[] pdf = new PrintFixture(Optional.empty(), pageSize).pdf(kit, PrintDocument.FOLLOW_UP_CHECKLIST);
        List<Word> words = words(pdf);
        // the owner column's short entry, and the due column's heading, mark where each column's text starts
        Word ownerColumn = only(words, "Assistenz");
        Word dueColumn = only(words, "Fällig");

        List<Word> pieces = new ArrayList<>();
        StringBuilder rejoined = new StringBuilder();
        for (Word word : words) {
            String piece = word.text().endsWith("-")
                    ? word.text().substring(0, word.text().length() - 1)
                    : word.text();
            if (rejoined.length() < OWNER.length() && OWNER.startsWith(rejoined + piece) && !piece.isEmpty()) {
                pieces.add(word);
                rejoined.append(piece);
            }
        }
        assertEquals(OWNER, rejoined.toString(), "the owner's pieces, in reading order: " + pieces);
        assertTrue(pieces.size() >= 2, "broken over lines: " + pieces);
        for (Word piece : pieces.subList(0, pieces.size() - 1)) {
            assertTrue(piece.text().endsWith("-"), "a hyphen ends the line: " + pieces);
        }
        for (Word piece : pieces) {
            assertTrue(
                    piece.left() >= ownerColumn.left() - 0.5f && piece.right() <= dueColumn.left() - 2,
                    piece + " lies within the owner column, from " + ownerColumn.left() + " to the due column at "
                            + dueColumn.left());
        }
    }

    /** The hyphenation a renderer remembers from earlier documents, in any language, never changes a document. */
    @Test
    void aHyphenatedDocumentComesOutTheSameAfterOtherDocuments() {
        Kit kit = PrintFixture.loadKit(FIXTURE);
        byte[] fresh = new PrintFixture().pdf(kit, PrintDocument.FOLLOW_UP_CHECKLIST);
        PrintFixture used = new PrintFixture();
        used.pdf(
                PrintFixture.loadKit(Path.of("src/test/resources/print/strategie-kit.yaml")),
                PrintDocument.FACILITATOR_GUIDE);
        used.pdf(PrintFixture.loadKit(Path.of("../content/alignment-day.yaml")), PrintDocument.FOLLOW_UP_CHECKLIST);
        used.pdf(kit, PrintDocument.FACILITATOR_GUIDE);
        assertArrayEquals(fresh, used.pdf(kit, PrintDocument.FOLLOW_UP_CHECKLIST));
    }

    /** Flying Saucer breaks an address after its slashes and dots; a hyphen of ours must not join them. */
    @ParameterizedTest
    @ValueSource(strings = {"A4", "letter"})
    void anAddressInTheTextGetsNoHyphenOfItsOwn(String pageSize) throws IOException {
        Kit kit = PrintFixture.loadKit(FIXTURE);
        byte[] pdf = new PrintFixture(Optional.empty(), pageSize).pdf(kit, PrintDocument.FOLLOW_UP_CHECKLIST);
        List<Word> words = words(pdf);
        float taskColumn = words.stream()
                .filter(w -> w.text().startsWith("Ergebnisse"))
                .findFirst()
                .orElseThrow()
                .left();
        StringBuilder column = new StringBuilder();
        words.stream().filter(w -> Math.abs(w.left() - taskColumn) < 0.5f).forEach(w -> column.append(w.text()));
        String printed = column.toString().replaceAll("\\s+", "");
        assertTrue(
                printed.contains("aufhttps://intranet.example.com/abteilungsuebergreifende-zusammenarbeitver"),
                printed);
    }
}
