package dev.alignkit.print;

import dev.alignkit.print.PrintedPages.Page;
import java.util.List;

/**
 * The rule against small leftover pages: a page that is neither the first nor the last of its document, that carries on
 * the section of the page before (it does not open a section, see {@link Page#opensASection()}) and that is filled to
 * less than a quarter (see {@link Page#fill()}). Two rows of a table without their heading, or the last paragraph of a
 * section alone on a page, are such leftovers: a reader turns the page for them and finds it nearly empty. The last page
 * may be short; a page that opens a section (a session that starts on a new page) may be short too.
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
