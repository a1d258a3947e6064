package dev.alignkit.print;

import dev.alignkit.print.PrintedPages.Page;
import java.util.List;

/**
 * The rule against small leftover pages: a page that is neither the first nor the last of its document, that carries on
 * the section of the page before (it does not open a section, see {@link Page#opensASection()}) and that is filled to
 * less than a quarter (see {@link Page#fill()}). Two rows of a table without their heading, or the last paragraph of a
 * section alone on a page, are such leftovers: a reader turns the page for them and finds it nearly empty. The last page
 * may be short; a page that opens a section (a session that starts on a new page) may be short too.
 *
 * <p>Where it runs: every paged document of {@link PrintedKits} (guide, participant handout, each session's handout,
 * follow-up checklist, scorecard sheet) and the sheets a meeting is run with ({@link MeetingSheetsPrintTest}). Not on
 * the posters and the canvas (one page each), nor on the printable forms (attendance, action items, decision log,
 * parking lot, feedback): their pages are grids of empty rows, full by construction but for the last. The handout
 * booklet (the participant handout on A5 pages) has it in {@link HandoutBookletPrintTest}; the question-card booklet
 * does not: it prints one card to a page by design, so its pages are short on purpose.
 */
final class LeftoverPages {
    /** A page filled to less than this share of its content box is small. */
    static final float SMALL = 0.25f;

    static List<Page> of(PrintedPages document) {
        List<Page> pages = document.pages();
        if (pages.size() < 3) {
            return List.of();
        }
        return pages.subList(1, pages.size() - 1).stream()
                .filter(page -> !page.opensASection() && page.fill() < SMALL)
                .toList();
    }

    private LeftoverPages() {}
}
