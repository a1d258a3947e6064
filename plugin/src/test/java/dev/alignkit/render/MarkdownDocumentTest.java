package dev.alignkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.content.Markdown;
import org.junit.jupiter.api.Test;

/** An attachment's Markdown as a document of its own: its outline skips no level under the page's heading. */
class MarkdownDocumentTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void headingLevelsBecomeConsecutiveFromTheFirstLevelGiven() {
        Html page = renderer.renderDocument(new Markdown("# Title\n\n### Why\n\n##### Detail\n"), 2);

        assertEquals("<h2>Title</h2>\n<h3>Why</h3>\n<h4>Detail</h4>", page.markup());
    }

    @Test
    void underASectionHeadingTheDocumentStartsOneLevelLower() {
        Html section = renderer.renderDocument(new Markdown("## Why\n\n## How\n"), 3);

        assertEquals("<h3>Why</h3>\n<h3>How</h3>", section.markup());
    }

    @Test
    void thePrintedFormIsThePageFormOneLevelDownAndNoDeeperThanH6() {
        Html page = renderer.renderDocument(new Markdown("# A\n\n## B\n\n### C\n\n#### D\n\n##### E\n\n###### F\n"), 2);

        assertEquals(
                "<h3>A</h3>\n<h4>B</h4>\n<h5>C</h5>\n<h6>D</h6>\n<h6>E</h6>\n<h6>F</h6>",
                MarkdownRenderer.headingsOneLevelDown(page).markup());
    }
}
