package dev.alignkit.print;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.content.Kit;
import dev.alignkit.content.Sheet;
import dev.alignkit.print.PrintedPages.Page;
import dev.alignkit.render.SheetPages;
import dev.alignkit.support.PrintFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The participant handout as an A5 booklet (half-Letter in a Letter build), before imposition, holds up as the full-size
 * handout does: no page of nothing but notes lines, no small leftover of the section before ({@link LeftoverPages}).
 */
class HandoutBookletPrintTest {
    private static final List<String> KITS = List.of(
            "organizational-alignment",
            "cross-departmental-marketing-meeting",
            "align-the-organization",
            "alignment-day");

    static Stream<Arguments> booklets() {
        return Stream.of("A4", "Letter").flatMap(size -> KITS.stream().map(kit -> Arguments.of(kit, size)));
    }

    private static PrintedPages pages(String kitId, String pageSize) {
        Kit kit = PrintFixture.loadKit(Path.of("..", "content", kitId + ".yaml"));
        SheetPages.SheetFile file = SheetPages.files(Sheet.HANDOUT_BOOKLET).get(0);
        return PrintedPages.read(
                new PrintFixture(Optional.empty(), pageSize).bookletPages(kit, file), PrintedPages.PageMargins.COMPACT);
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("booklets")
    void noPageIsASmallLeftoverOfTheSectionBefore(String kitId, String pageSize) {
        List<String> leftovers = LeftoverPages.of(pages(kitId, pageSize)).stream()
                .map(page -> "page " + page.number() + " is " + Math.round(page.fill() * 100) + "% full: "
                        + page.content().stream()
                                .limit(3)
                                .map(line -> line.text())
                                .toList())
                .toList();
        assertTrue(leftovers.isEmpty(), kitId + " booklet, " + pageSize + ": " + leftovers);
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("booklets")
    void noPageHoldsOnlyNotes(String kitId, String pageSize) {
        for (Page page : pages(kitId, pageSize).pages()) {
            assertTrue(
                    !page.content().isEmpty(),
                    kitId + " booklet, " + pageSize + ": page " + page.number() + " is empty");
        }
    }
}
