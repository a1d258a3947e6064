package dev.alignkit.render;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.alignkit.content.Markdown;
import dev.alignkit.safety.Refusal;
import dev.alignkit.safety.UrlPolicy;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CommonMark plus tables. Content is untrusted: raw HTML is escaped, and the rendered HTML goes through an allow-list
 * sanitiser that keeps only the elements CommonMark writes and the URLs {@link UrlPolicy} allows, judged after entities
 * are decoded. The output is well-formed XHTML, for the PDF as for the pages.
 */
public final class MarkdownRenderer {
    private static final Pattern HEADING = Pattern.compile("<(/?)h([1-6])");
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final MarkdownSanitizer sanitizer;
    private final Consumer<Refusal> refusals;

    /** A renderer whose pages show no remote image. */
    public MarkdownRenderer() {
        this(UrlPolicy.withoutRemoteImages());
    }

    public MarkdownRenderer(UrlPolicy urls) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(HtmlRenderer.HARD_BREAK, "<br />\n");
        options.set(TablesExtension.CLASS_NAME, "md-table");
        options.set(TablesExtension.WITH_CAPTION, false);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
        this.sanitizer = new MarkdownSanitizer(urls);
        this.refusals = refusal -> {};
    }

    private MarkdownRenderer(MarkdownRenderer shared, Consumer<Refusal> refusals) {
        this.parser = shared.parser;
        this.renderer = shared.renderer;
        this.sanitizer = shared.sanitizer;
        this.refusals = refusals;
    }

    /** The same renderer, telling {@code refusals} about every link or image it leaves out (for one kit's warnings). */
    public MarkdownRenderer reportingTo(Consumer<Refusal> refusals) {
        return new MarkdownRenderer(this, refusals);
    }

    public Html render(Markdown markdown) {
        return new Html(PlainParagraphs.of(markdown.source())
                .map(PlainParagraphs::html)
                .orElseGet(() -> parsedHtml(markdown.source())));
    }

    /**
     * A whole document (an attachment) under a heading of level {@code firstLevel - 1}: its heading levels, whichever
     * its author used, become consecutive from {@code firstLevel}, so that a page's outline skips no level.
     */
    public Html renderDocument(Markdown markdown, int firstLevel) {
        String html = renderer.render(parser.parse(markdown.source()));
        int[] levels = HEADING.matcher(html)
                .results()
                .mapToInt(m -> Integer.parseInt(m.group(2)))
                .distinct()
                .sorted()
                .toArray();
        Matcher headings = HEADING.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 16);
        while (headings.find()) {
            int rank = Arrays.binarySearch(levels, Integer.parseInt(headings.group(2)));
            headings.appendReplacement(out, "<" + headings.group(1) + "h" + Math.min(6, firstLevel + rank));
        }
        headings.appendTail(out);
        return new Html(sanitizer
                .sanitize(out.toString().replace("<th>", "<th scope=\"col\">"), refusals)
                .strip());
    }

    /**
     * The same document one heading level further down (h2 becomes h3; h6 stays h6): an attachment's page shows it
     * from h2, the printouts, under a section heading, from h3. Safe on sanitised HTML, whose tags are written by the
     * sanitiser and whose text holds no raw {@code <}.
     */
    public static Html headingsOneLevelDown(Html document) {
        Matcher headings = HEADING.matcher(document.markup());
        StringBuilder out = new StringBuilder(document.markup().length() + 16);
        while (headings.find()) {
            headings.appendReplacement(
                    out, "<" + headings.group(1) + "h" + Math.min(6, Integer.parseInt(headings.group(2)) + 1));
        }
        headings.appendTail(out);
        return new Html(out.toString());
    }

    /**
     * What {@link #render} writes when it cannot take the plain-paragraph shortcut. The shortcut's output is escaped text
     * in {@code <p>}, {@code <em>} and {@code <strong>}, which the sanitiser would pass unchanged; PlainParagraphsTest
     * checks that both ways give the same bytes.
     */
    String parsedHtml(String source) {
        return sanitizer.sanitize(unsanitizedHtml(source), refusals).strip();
    }

    /** Flexmark's HTML, headings moved down: trusted tags, but links and images not judged yet. */
    String unsanitizedHtml(String source) {
        return fitIntoPage(renderer.render(parser.parse(source)));
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
