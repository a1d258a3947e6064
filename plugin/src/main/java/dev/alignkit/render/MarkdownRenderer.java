package dev.alignkit.render;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.alignkit.content.Markdown;
import java.util.List;

/**
 * CommonMark plus tables. Content is untrusted: raw HTML is escaped, unsafe link schemes are dropped. Flexmark
 * decodes entity references and closes void elements, so the same fragment is well-formed XHTML for the PDF.
 */
public final class MarkdownRenderer {
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
        return new Html(renderer.render(parser.parse(markdown.source())).strip());
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
