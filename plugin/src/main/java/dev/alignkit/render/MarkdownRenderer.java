package dev.alignkit.render;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.alignkit.content.Markdown;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CommonMark plus tables. Content is untrusted: raw HTML is escaped, unsafe link schemes are dropped. Flexmark
 * decodes entity references and closes void elements, so the same fragment is well-formed XHTML for the PDF.
 */
public final class MarkdownRenderer {
    private static final Pattern HEADING = Pattern.compile("<(/?)h([1-6])");
    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)\\s*(javascript|vbscript|data|file|livescript):.*");
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(HtmlRenderer.HARD_BREAK, "<br />\n");
        options.set(TablesExtension.CLASS_NAME, "md-table");
        options.set(TablesExtension.WITH_CAPTION, false);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    public Html render(Markdown markdown) {
        return new Html(PlainParagraphs.of(markdown.source()).map(PlainParagraphs::html).orElseGet(() -> parsedHtml(markdown.source())));
    }

    /** What {@link #render} writes when it cannot take the plain-paragraph shortcut. */
    String parsedHtml(String source) {
        return fitIntoPage(renderer.render(parser.parse(source))).strip();
    }

    /**
     * A heading written in a kit sits inside a page that has its own h1 and h2, so it starts at h3; table header
     * cells get their scope for screen readers. Raw HTML from the content is escaped, so these tags are ours.
     */
    private static String fitIntoPage(String html) {
        Matcher headings = HEADING.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 16);
        while (headings.find()) {
            int level = Math.min(6, Integer.parseInt(headings.group(2)) + 2);
            headings.appendReplacement(out, "<" + headings.group(1) + "h" + level);
        }
        headings.appendTail(out);
        return out.toString().replace("<th>", "<th scope=\"col\">");
    }

    /** One paragraph's content without the {@code <p>} around it, for prompts, list items and table cells. */
    public Html renderInline(Markdown markdown) {
        String html = render(markdown).markup();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0) {
            html = html.substring(3, html.length() - 4);
        }
        return new Html(html);
    }
}
