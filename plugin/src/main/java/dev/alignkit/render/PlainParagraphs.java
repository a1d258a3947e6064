package dev.alignkit.render;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Most texts in a kit (a prompt, a checklist item, a stakeholder's concern) are sentences without Markdown, or with
 * a few words in bold. For those, CommonMark's output is known without parsing: one {@code <p>} per paragraph, text
 * escaped as flexmark escapes it, {@code **words**} as {@code <strong>}. Skipping the parser for them takes most of
 * the Markdown cost out of a build. Anything else that might be markup (a special character, a line that could
 * start a list, indentation) goes to flexmark; a property test checks that the two agree wherever this applies.
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
            html.append("<p>");
            // Every ** left in a plain paragraph opens or closes a bold span, in turn.
            String[] spans = paragraph.split("\\*\\*", -1);
            for (int i = 0; i < spans.length; i++) {
                String text = Escaping.escapeHtml(spans[i], false);
                html.append(i % 2 == 0 ? text : "<strong>" + text + "</strong>");
            }
            html.append("</p>");
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
     * ({@code -} or {@code 1.} or {@code 1)}) at its start, and only letters, digits, harmless punctuation and
     * bold spans.
     */
    private static boolean isPlainLine(String source, int start, int end) {
        char first = source.charAt(start);
        if (first == ' ' || first == '-' || source.charAt(end - 1) == ' ' || startsWithOrderedListMarker(source, start, end)) {
            return false;
        }
        int i = start;
        while (i < end) {
            if (source.charAt(i) == '*') {
                i = boldSpanEnd(source, start, i, end);
                if (i < 0) {
                    return false;
                }
            } else if (isPlain(source.charAt(i))) {
                i++;
            } else {
                return false;
            }
        }
        return true;
    }

    /**
     * Where a bold span that starts at {@code open} ends, or -1 unless it is the plainest kind: {@code **} at the
     * line's start or after a space, plain words that begin and end with a letter or digit, and {@code **} before
     * the line's end, a space or closing punctuation. CommonMark's flanking rules then leave no doubt.
     */
    private static int boldSpanEnd(String source, int lineStart, int open, int end) {
        int words = open + 2;
        int close = source.indexOf("**", words);
        if (words >= end || source.charAt(open + 1) != '*' || open > lineStart && source.charAt(open - 1) != ' '
                || close < 0 || close + 2 > end || !Character.isLetterOrDigit(source.charAt(words))
                || !Character.isLetterOrDigit(source.charAt(close - 1))) {
            return -1;
        }
        for (int i = words; i < close; i++) {
            if (!isPlain(source.charAt(i))) {
                return -1;
            }
        }
        int after = close + 2;
        return after == end || " .,;:?)".indexOf(source.charAt(after)) >= 0 ? after : -1;
    }

    private static boolean isPlain(char c) {
        return Character.isLetterOrDigit(c) || PLAIN_PUNCTUATION.indexOf(c) >= 0;
    }

    private static boolean startsWithOrderedListMarker(String source, int start, int end) {
        int i = start;
        while (i < end && source.charAt(i) >= '0' && source.charAt(i) <= '9') {
            i++;
        }
        return i > start && i < end && (source.charAt(i) == '.' || source.charAt(i) == ')');
    }
}
