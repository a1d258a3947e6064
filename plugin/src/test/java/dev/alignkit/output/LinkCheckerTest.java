package dev.alignkit.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
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

    @Test
    void aMissingFileLinkedFromManyPagesIsReportedOnceAtTheFirstPage() {
        LinkChecker links = new LinkChecker();
        links.collect("b/page.html", "<a href=\"../missing.html\">m</a>");
        links.collect("a/page.html", "<a href=\"../missing.html#top\">m</a><a href=\"../missing.html\">m</a>");
        links.collect("index.html", "<a href=\"elsewhere.html\">e</a>");
        assertEquals(
                List.of(
                        "a/page.html links to ../missing.html, which the site does not contain; 2 other links lead"
                                + " there too",
                        "index.html links to elsewhere.html, which the site does not contain"),
                links.brokenLinks(Set.of("index.html", "a/page.html", "b/page.html")));
    }

    @Test
    void aPageStreamedInPiecesHasEveryLinkChecked() throws IOException {
        LinkChecker links = new LinkChecker();
        StringWriter file = new StringWriter();
        StringBuilder page = new StringBuilder();
        for (int row = 0; row < 5_000; row++) {
            page.append("<tr><td><a href=\"kit-").append(row).append("/index.html\">k</a></td></tr>\n");
        }
        try (Writer out = links.collecting("facilitators/actions.html", file)) {
            String text = page.toString();
            for (int at = 0; at < text.length(); at += 1000) {
                out.write(text, at, Math.min(1000, text.length() - at));
            }
        }
        assertEquals(page.toString(), file.toString());
        List<String> broken = links.brokenLinks(Set.of("facilitators/kit-17/index.html"));
        assertEquals(4_999, broken.size());
        assertEquals(
                "facilitators/actions.html links to kit-0/index.html, which the site does not contain", broken.get(0));
    }
}
