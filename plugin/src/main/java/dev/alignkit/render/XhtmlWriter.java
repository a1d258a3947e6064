package dev.alignkit.render;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.List;
import java.util.Set;
import org.owasp.html.HtmlStreamEventReceiver;

/**
 * Writes the sanitiser's events as XHTML that both browsers and the PDF renderer's XML parser read: void elements
 * closed ({@code <br />}), text and attribute values escaped as flexmark escapes them (the five XML entities at most,
 * no HTML-only entity such as {@code &nbsp;}: other characters are written as themselves).
 */
final class XhtmlWriter implements HtmlStreamEventReceiver {
    private static final Set<String> VOID_ELEMENTS = Set.of("br", "hr", "img");
    private final StringBuilder out;

    XhtmlWriter(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    @Override
    public void openDocument() {}

    @Override
    public void closeDocument() {}

    @Override
    public void openTag(String element, List<String> attributes) {
        out.append('<').append(element);
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            out.append(' ')
                    .append(attributes.get(i))
                    .append("=\"")
                    .append(Escaping.escapeHtml(attributes.get(i + 1), false))
                    .append('"');
        }
        out.append(VOID_ELEMENTS.contains(element) ? " />" : ">");
    }

    @Override
    public void closeTag(String element) {
        if (!VOID_ELEMENTS.contains(element)) {
            out.append("</").append(element).append('>');
        }
    }

    @Override
    public void text(String text) {
        out.append(Escaping.escapeHtml(text, false));
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
