package dev.alignkit.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkCheckerTest {

    @Test
    void relativeLinksAreResolvedAgainstTheirPageAndMissingTargetsReported() {
        LinkChecker links = new LinkChecker();
        links.collect(
                "kit/index.html",
                "<link href=\"../assets/style.css\"><a href=\"session.html#prompt-1\">s</a>"
                        + "<a href=\"missing.html\">m</a><img src=\"files/pic.png\"><a href=\"https://example.com/x\">e</a>"
                        + "<a href=\"#top\">t</a><a data-href=\"ignored.html\">d</a>");
        assertEquals(
                List.of("kit/index.html links to missing.html, which the site does not contain"),
                links.brokenLinks(Set.of("assets/style.css", "kit/session.html", "kit/files/pic.png")));
    }

    @Test
    void rootRelativeAndEscapingLinksAreAlwaysBroken() {
        LinkChecker links = new LinkChecker();
        links.collect("index.html", "<a href=\"/kits/index.html\">r</a><a href=\"../outside.html\">o</a>");
        assertEquals(
                2, links.brokenLinks(Set.of("index.html", "kits/index.html")).size());
    }

    @Test
    void theSearchIndexThatSiteJsLoadsIsChecked() {
        LinkChecker links = new LinkChecker();
        links.collect(
                "kit/index.html", "<div class=\"site-search\" data-search data-index=\"../search-index.js\" hidden>");
        assertEquals(
                List.of("kit/index.html links to ../search-index.js, which the site does not contain"),
                links.brokenLinks(Set.of("kit/index.html")));
        assertEquals(List.of(), links.brokenLinks(Set.of("kit/index.html", "search-index.js")));
    }

    @Test
    void percentEncodedLinksAreDecodedBeforeTheyAreLookedUp() {
        LinkChecker links = new LinkChecker();
        links.collect("kit/index.html", "<a href=\"files/agenda%20%231%3F%20100%25.pdf\">a</a>");
        assertEquals(List.of(), links.brokenLinks(Set.of("kit/files/agenda #1? 100%.pdf")));
    }
}
