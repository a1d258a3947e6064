package dev.alignkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.content.Markdown;
import dev.alignkit.safety.Refusal;
import dev.alignkit.safety.UrlPolicy;
import dev.alignkit.support.HostileMarkdown;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.InputSource;

class MarkdownSanitizingTest {
    private static final Set<String> MARKDOWN_ELEMENTS = Set.of(
            "p",
            "em",
            "strong",
            "code",
            "pre",
            "blockquote",
            "ul",
            "ol",
            "li",
            "h3",
            "h4",
            "h5",
            "h6",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "br",
            "hr",
            "del",
            "a",
            "img");
    private final List<Refusal> refusals = new ArrayList<>();
    private final MarkdownRenderer markdown = new MarkdownRenderer().reportingTo(refusals::add);

    private String html(String source) {
        return markdown.render(new Markdown(source)).markup();
    }

    static Stream<HostileMarkdown.Vector> vectors() {
        return HostileMarkdown.vectors().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void noVectorPublishesALiveDangerousUrl(HostileMarkdown.Vector vector) {
        String html = html(vector.markdown());

        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (element.tagName().equals("body")) {
                continue;
            }
            assertTrue(
                    MARKDOWN_ELEMENTS.contains(element.tagName()),
                    () -> "element " + element.tagName() + " in " + html);
            for (Attribute attribute : element.attributes()) {
                assertFalse(attribute.getKey().startsWith("on"), () -> "event handler in " + html);
                assertFalse(HostileMarkdown.dangerous(attribute.getValue()), () -> attribute + " in " + html);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void everyVectorStaysWellFormedXhtmlForThePdf(HostileMarkdown.Vector vector) throws Exception {
        String html = html(vector.markdown()).replace("\u0000", "");
        DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new InputSource(new StringReader("<div>" + html + "</div>")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void everyLinkOrImageLeftOutIsReported(HostileMarkdown.Vector vector) {
        String unsanitized = markdown.unsanitizedHtml(vector.markdown());
        String html = html(vector.markdown());

        long before =
                Jsoup.parseBodyFragment(unsanitized).select("a[href], img[src]").size();
        long after = Jsoup.parseBodyFragment(html).select("a[href], img[src]").size();
        assertEquals(
                before - after, refusals.size(), () -> "refusals " + refusals + " for " + unsanitized + " -> " + html);
    }

    @Test
    void entityEncodedSchemeIsJudgedDecoded() {
        String html = html("[click](javascript&#58;alert(1))");

        assertEquals("<p>click</p>", html);
        assertEquals(1, refusals.size());
        assertEquals("javascript:alert(1)", refusals.get(0).url());
        assertFalse(refusals.get(0).breaksSite());
    }

    @Test
    void safeLinksAreKeptAsWritten() {
        assertEquals(
                "<p><a href=\"https://example.com/a?b=1&amp;c=2\">web</a> <a href=\"mailto:team@example.com\">mail</a> "
                        + "<a href=\"tel:+49301234\">call</a> <a href=\"files/agenda.pdf\">file</a> <a href=\"../other/index.html\">kit</a> "
                        + "<a href=\"#top\">top</a> <a href=\"http://example.com\" title=\"Example\">plain</a></p>",
                html(
                        "[web](https://example.com/a?b=1&c=2) [mail](mailto:team@example.com) [call](tel:+49301234) [file](files/agenda.pdf)"
                                + " [kit](../other/index.html) [top](#top) [plain](http://example.com \"Example\")"));
        assertTrue(refusals.isEmpty(), refusals::toString);
    }

    @Test
    void rootRelativeLinkIsLeftOutAndBreaksTheSite() {
        String html = html("See [the agenda](/files/agenda.pdf).");

        assertEquals("<p>See the agenda.</p>", html);
        assertEquals(
                List.of("/files/agenda.pdf"),
                refusals.stream().map(Refusal::url).toList());
        assertTrue(refusals.get(0).breaksSite());
        assertTrue(
                refusals.get(0).reason().contains("root-relative"),
                refusals.get(0).reason());
    }

    @Test
    void remoteImageIsLeftOutUnlessItsHostIsAllowed() {
        String source = "![Chart](https://images.example.com/chart.png)";

        assertEquals("<p></p>", html(source));
        assertTrue(
                refusals.get(0).reason().contains("allowedImageHosts"),
                refusals.get(0).reason());
        MarkdownRenderer allowing = new MarkdownRenderer(new UrlPolicy(List.of("images.example.com")));
        assertEquals(
                "<p><img src=\"https://images.example.com/chart.png\" alt=\"Chart\" /></p>",
                allowing.render(new Markdown(source)).markup());
        assertEquals(
                "<p></p>",
                allowing.render(new Markdown("![Chart](https://images.example.com:8443/chart.png)"))
                        .markup());
        assertEquals(
                "<p></p>",
                allowing.render(new Markdown("![Chart](https://images.example.com@evil.example/chart.png)"))
                        .markup());
    }

    @Test
    void attachedImageIsKept() {
        assertEquals(
                "<p><img src=\"files/chart.png\" alt=\"Chart\" title=\"Q3\" /></p>",
                html("![Chart](files/chart.png \"Q3\")"));
    }

    @Test
    void theSanitiserKeepsEverythingFlexmarkWritesForSafeMarkdown() {
        String source =
                "# Plan\n\n1. **First** & *second*\n2. `code <b>`\n\n> quote  \n> \"line\" it's\n\n```java\nint a = 1 < 2;\n```\n\n"
                        + "| KPI | Target |\n|:---|---:|\n| Leads | 120 |\n\n---\n\n- [x](https://example.com/?a=1&b=2 \"t\")\n- ![i](files/a.png)\n"
                        + "\nUmlaut ä, nbsp&nbsp;here, &copy; &lt;tag&gt; ~~struck~~";

        // Only the line breaks between a list's or a table's tags go, where HTML allows no text.
        assertEquals(
                markdown.unsanitizedHtml(source).strip().replace(">\n<", "><"),
                html(source).replace(">\n<", "><"));
        assertTrue(refusals.isEmpty(), refusals::toString);
    }
}
