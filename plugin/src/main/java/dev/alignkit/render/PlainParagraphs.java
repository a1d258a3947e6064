package dev.alignkit.render;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Most texts in a kit (a prompt, a checklist item, a stakeholder's concern) are sentences without any Markdown.
 * For those, CommonMark's output is known without parsing: one {@code <p>} per paragraph, text escaped as flexmark
 * escapes it. Skipping the parser for them takes most of the Markdown cost out of a build. Anything that might be
 * markup (a special character, a line that could start a list, indentation) goes to flexmark; a property test
 * checks that the two agree wherever this shortcut applies.
 */
final class PlainParagraphs {
    /** Punctuation with no meaning to CommonMark or its tables extension except at the start of a line. */
    private static final String PLAIN_PUNCTUATION = " .,;:?'\"()/%$@-\u2013\u2014\u2018\u2019\u201C\u201D\u2026\u20AC\u00A3";

    private PlainParagraphs() {}

    /** The paragraphs of a text that holds no Markdown, or empty when the text needs the parser. */
    static Optional<List<String>> of(String source) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        int start = 0;
        while (start <= source.length()) {
            int end = source.indexOf('\n', start);
            if (end < 0) {
                end = source.length();
            }
            if (end == start) {
                flush(paragraph, paragraphs);
            } else if (!isPlainLine(source, start, end)) {
                return Optional.empty();
            } else {
                if (paragraph.length() > 0) {
                    paragraph.append('\n');
                }
                paragraph.append(source, start, end);
            }
            start = end + 1;
        }
        flush(paragraph, paragraphs);
        return Optional.of(paragraphs);
    }

    /** The HTML flexmark would write for these paragraphs, without the final line break. */
    static String html(List<String> paragraphs) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : paragraphs) {
            if (html.length() > 0) {
                html.append('\n');
            }
            html.append("<p>").append(Escaping.escapeHtml(paragraph, false)).append("</p>");
        }
        return html.toString();
    }

    private static void flush(StringBuilder paragraph, List<String> paragraphs) {
        if (paragraph.length() > 0) {
            paragraphs.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }

    /**
     * A line of words: no leading or trailing space (indentation and hard breaks mean something), no list marker
     * ({@code -} or {@code 1.} or {@code 1)}) at its start, and only letters, digits and harmless punctuation.
     */
    private static boolean isPlainLine(String source, int start, int end) {
        char first = source.charAt(start);
        if (first == ' ' || first == '-' || source.charAt(end - 1) == ' ' || startsWithOrderedListMarker(source, start, end)) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = source.charAt(i);
            if (!Character.isLetterOrDigit(c) && PLAIN_PUNCTUATION.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithOrderedListMarker(String source, int start, int end) {
        int i = start;
        while (i < end && source.charAt(i) >= '0' && source.charAt(i) <= '9') {
            i++;
        }
        return i > start && i < end && (source.charAt(i) == '.' || source.charAt(i) == ')');
    }
}
