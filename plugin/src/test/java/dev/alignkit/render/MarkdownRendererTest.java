package dev.alignkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.content.Markdown;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    private String html(String source) {
        return markdown.render(new Markdown(source)).markup();
    }

    @Test
    void rawHtmlIsEscapedNotExecuted() {
        String html = html("Hello <script>alert(1)</script> <img src=x onerror=alert(2)>");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void javascriptAndDataLinksAreNeutralised() {
        assertFalse(html("[click](javascript:alert(1))").contains("javascript:"), html("[click](javascript:alert(1))"));
        assertFalse(html("[click](JaVaScRiPt:alert(1))").contains("href"));
        assertFalse(html("[x](data:text/html;base64,PHNjcmlwdD4=)").contains("href"));
        assertTrue(html("[site](https://example.com/a)").contains("href=\"https://example.com/a\""));
    }

    @Test
    void tablesAreRendered() {
        String html = html("| KPI | Target |\n|---|---|\n| Leads | 120 |");
        assertTrue(html.contains("<table"), html);
        assertTrue(html.contains("<th scope=\"col\">KPI</th>"), html);
    }

    @Test
    void outputIsWellFormedXmlEvenWithHtmlEntitiesAndLineBreaks() throws Exception {
        String html = html("a&nbsp;b &amp; c &copy;  \nline two\n\n---\n\n![img](pic.png)");
        javax.xml.parsers.DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new java.io.StringReader("<div>" + html + "</div>")));
        assertTrue(html.contains("a\u00A0b &amp; c \u00A9"), html);
    }

    @Test
    void headingsInContentStartBelowThePageHeadings() {
        assertEquals("<h3>Why</h3>\n<h4>How</h4>", html("# Why\n\n## How"));
    }

    @Test
    void inlineRenderingDropsTheSingleParagraph() {
        assertEquals(
                "What is <strong>unclear</strong>?",
                markdown.renderInline(new Markdown("What is **unclear**?")).markup());
    }
}
