package dev.alignkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.content.Markdown;
import org.junit.jupiter.api.Test;

/** Rendered Markdown read back as the plain text a calendar shows. */
class PlainTextTest {
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    private String plain(String source) {
        return PlainText.of(markdown.render(new Markdown(source)));
    }

    @Test
    void emphasisLosesItsMarkers() {
        assertEquals("Agree on one goal, not three.", plain("Agree on **one** goal, *not* three."));
    }

    @Test
    void entitiesAreDecoded() {
        assertEquals("Sales & Service <together> \"now\" 'here'", plain("Sales & Service <together> \"now\" 'here'"));
    }

    @Test
    void paragraphsStayApartByABlankLineAndALineBreakInsideOneIsASpace() {
        assertEquals(
                "First paragraph still first.\n\nSecond one.", plain("First paragraph\nstill first.\n\nSecond one."));
    }

    @Test
    void webLinkKeepsItsAddressInBrackets() {
        assertEquals(
                "Read the strategy (https://intranet.example.com/strategy) first.",
                plain("Read [the strategy](https://intranet.example.com/strategy) first."));
    }

    @Test
    void linkWhoseTextIsItsAddressIsWrittenOnce() {
        assertEquals("See https://example.com/a", plain("See <https://example.com/a>"));
    }

    @Test
    void linkIntoTheSiteKeepsOnlyItsText() {
        assertEquals("Open the agenda.", plain("Open [the agenda](files/agenda.pdf)."));
    }

    @Test
    void bulletedListItemsAreLinesOfTheirOwn() {
        assertEquals("Bring:\n\n- the plan\n- the budget", plain("Bring:\n\n- the *plan*\n- the budget"));
    }

    @Test
    void numberedListKeepsItsNumbersAndNestedItemsAreIndented() {
        assertEquals(
                "3. Cluster\n  - by theme\n  - by team\n4. Vote",
                plain("3. Cluster\n   - by theme\n   - by team\n4. Vote"));
    }

    @Test
    void looseListItemsKeepTheirParagraphsOnTheirLine() {
        assertEquals("- One\n- Two\n  more about two", plain("- One\n\n- Two\n\n  more about two"));
    }

    @Test
    void tableRowsAreLinesWithCellsApart() {
        assertEquals("KPI | Target\nLeads | 120", plain("| KPI | Target |\n|---|---|\n| Leads | 120 |"));
    }
}
