package dev.alignkit.render;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Rendered Markdown as plain text, for places that show no markup (a calendar's DESCRIPTION): paragraphs, headings and
 * tables apart by a blank line, list items on lines of their own ({@code - } or their number, nested ones indented),
 * entities decoded, and links as {@code text (address)} when the address is one a reader can open from outside the
 * site. The markup is parsed by jsoup rather than taken apart by patterns, so every entity and nesting comes out as a
 * browser would read it.
 */
public final class PlainText {
    private final StringBuilder out = new StringBuilder();
    /** Line breaks the next text starts after: 1 for a new line, 2 for a new paragraph. */
    private int owedBreaks;

    private String indent = "";
    /** Just after a list item's marker, where the item's first paragraph begins on the same line. */
    private boolean atItemStart;

    private PlainText() {}

    public static String of(Html html) {
        PlainText text = new PlainText();
        text.children(Jsoup.parseBodyFragment(html.markup()).body());
        return text.out.toString().strip();
    }

    private void children(Element element) {
        for (Node node : element.childNodes()) {
            node(node);
        }
    }

    private void node(Node node) {
        if (node instanceof TextNode text) {
            write(text.text());
        } else if (node instanceof Element element) {
            element(element);
        }
    }

    private void element(Element element) {
        switch (element.normalName()) {
            case "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "div", "table" -> block(element);
            case "pre" -> {
                owe(2);
                write(element.wholeText().strip());
                owe(2);
            }
            case "ul", "ol" -> list(element);
            case "tr" -> {
                owe(1);
                boolean first = true;
                for (Element cell : element.children()) {
                    if (!first) {
                        write(" | ");
                    }
                    children(cell);
                    first = false;
                }
                owe(1);
            }
            case "br" -> owe(1);
            case "hr" -> owe(2);
            case "a" -> link(element);
            case "img" -> write(element.attr("alt"));
            default -> children(element);
        }
    }

    /** A paragraph inside a list item continues the item on a new line; elsewhere it stands apart. */
    private void block(Element element) {
        int apart = element.parent() != null && element.parent().normalName().equals("li") ? 1 : 2;
        owe(apart);
        children(element);
        owe(apart);
    }

    private void list(Element list) {
        boolean nested = list.parent() != null && list.parent().normalName().equals("li");
        owe(nested ? 1 : 2);
        String outer = indent;
        int number = list.normalName().equals("ol") ? startOf(list) : 0;
        for (Element item : list.children()) {
            owe(1);
            write(number > 0 ? (number++) + ". " : "- ");
            atItemStart = true;
            indent = outer + "  ";
            children(item);
            atItemStart = false;
            indent = outer;
        }
        owe(nested ? 1 : 2);
    }

    private static int startOf(Element list) {
        try {
            return Math.max(1, Integer.parseInt(list.attr("start").strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private void link(Element link) {
        int before = out.length();
        children(link);
        String label = out.substring(before).strip();
        String href = link.attr("href").strip();
        if (opensFromOutside(href) && !label.equals(href) && !href.equals("mailto:" + label)) {
            write(label.isEmpty() ? href : " (" + href + ")");
        }
    }

    /** A relative link points into the site, which a calendar entry is not part of. */
    private static boolean opensFromOutside(String href) {
        String lower = href.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:");
    }

    private void owe(int breaks) {
        if (out.length() > 0 && !atItemStart) {
            owedBreaks = Math.max(owedBreaks, breaks);
        }
    }

    private void write(String text) {
        boolean atLineStart = out.isEmpty() || owedBreaks > 0 || atItemStart;
        String written = atLineStart ? text.stripLeading() : text;
        if (!atLineStart && written.startsWith(" ") && out.charAt(out.length() - 1) == ' ') {
            written = written.substring(1);
        }
        if (written.isEmpty()) {
            return;
        }
        if (owedBreaks > 0) {
            trimTrailingSpaces();
            out.append("\n".repeat(owedBreaks)).append(indent);
            owedBreaks = 0;
        }
        out.append(written);
        atItemStart = false;
    }

    private void trimTrailingSpaces() {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
    }
}
