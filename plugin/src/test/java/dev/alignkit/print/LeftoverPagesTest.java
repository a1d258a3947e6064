package dev.alignkit.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.print.PrintedPages.Page;
import dev.alignkit.render.PrintDocument;
import dev.alignkit.support.PrintFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The leftover rule of the print check, on a guide that has a leftover page: a session's objective runs a few lines past
 * its page, so its last paragraph stands alone on the next page before the next session starts on a page of its own.
 */
class LeftoverPagesTest {
    private static final PrintedPages GUIDE = PrintedPages.read(new PrintFixture()
            .pdf(
                    PrintFixture.loadKit(Path.of("src/test/resources/print/leftover-page.yaml")),
                    PrintDocument.FACILITATOR_GUIDE));
    private static final String PARAGRAPH = "The sales team and the product team agree";

    @Test
    void aSectionsLastParagraphAloneOnAPageIsALeftover() {
        List<Page> leftovers = LeftoverPages.of(GUIDE);
        assertEquals(1, leftovers.size(), "leftover pages: " + leftovers);
        Page leftover = leftovers.get(0);
        assertTrue(leftover.text().startsWith(PARAGRAPH), leftover.text());
        assertTrue(leftover.fill() > 0 && leftover.fill() < LeftoverPages.SMALL, "filled to " + leftover.fill());
        Page next = GUIDE.pages().get(leftover.number());
        assertTrue(next.opensASection(), "the page after the leftover opens the next session: " + next.text());
    }

    @Test
    void aShortPageThatOpensASectionIsNoLeftover() {
        Page contents = GUIDE.pages().get(1);
        assertTrue(contents.opensASection(), contents.text());
        assertTrue(contents.fill() < LeftoverPages.SMALL, "the contents fill " + contents.fill() + " of their page");
        assertTrue(!LeftoverPages.of(GUIDE).contains(contents), "the contents page is called a leftover");
    }
}
