package dev.alignkit.render;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.alignkit.content.Markdown;
import java.util.List;

/**
 * CommonMark plus tables. Content is untrusted: raw HTML is escaped, unsafe link schemes are dropped, and the
 * output is well-formed XHTML so the same fragment serves the web page and the PDF.
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
        return new Html(xmlSafe(renderer.render(parser.parse(markdown.source()))).strip());
    }

    /** One paragraph's content without the {@code <p>} around it, for prompts, list items and table cells. */
    public Html renderInline(Markdown markdown) {
        String html = render(markdown).markup();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0) {
            html = html.substring(3, html.length() - 4);
        }
        return new Html(html);
    }

    /**
     * Flexmark passes entity references such as {@code &nbsp;} through as written; XML parsers (the PDF route)
     * know only five, so the rest become numeric references, which mean the same in HTML.
     */
    static String xmlSafe(String html) {
        if (html.indexOf('&') < 0) {
            return html;
        }
        var matcher = java.util.regex.Pattern.compile("&([A-Za-z][A-Za-z0-9]*);").matcher(html);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement = switch (name) {
                case "amp", "lt", "gt", "quot", "apos" -> matcher.group();
                default -> {
                    String decoded = com.vladsch.flexmark.util.sequence.Escaping.unescapeString(matcher.group());
                    yield decoded.equals(matcher.group()) ? "&amp;" + name + ";"
                            : decoded.codePoints().mapToObj(cp -> "&#" + cp + ";").reduce("", String::concat);
                }
            };
            matcher.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
