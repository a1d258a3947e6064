package dev.alignkit.render;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Most texts in a kit (a prompt, a checklist item, a stakeholder's concern) are sentences without Markdown, or with
 * a few words in bold or italics. For those, CommonMark's output is known without parsing: one {@code <p>} per
 * paragraph, text escaped as flexmark escapes it, {@code **words**} as {@code <strong>} and {@code *words*} as
 * {@code <em>}. Skipping the parser for them takes most of the Markdown cost out of a build. Anything else that might
 * be markup (a special character, a line that could start a list, indentation, an entity) goes to flexmark; a
 * property test checks that the two agree wherever this applies.
 */
final class PlainParagraphs {
    /** Punctuation with no meaning to CommonMark or its tables extension except at the start of a line. */
    private static final String PLAIN_PUNCTUATION =
            " .,;:?'\"()/%$@-\u2013\u2014\u2018\u2019\u201C\u201D\u2026\u20AC\u00A3";

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
            // Every run of asterisks left in a plain paragraph opens or closes an emphasis, in turn.
            boolean open = false;
            int from = 0;
            for (int at = paragraph.indexOf('*'); at >= 0; at = paragraph.indexOf('*', from)) {
                int run = paragraph.startsWith("**", at) ? 2 : 1;
                html.append(Escaping.escapeHtml(paragraph.substring(from, at), false))
                        .append(open ? "</" : "<")
                        .append(run == 2 ? "strong" : "em")
                        .append('>');
                open = !open;
                from = at + run;
            }
            html.append(Escaping.escapeHtml(paragraph.substring(from), false)).append("</p>");
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
     * ({@code -} or {@code 1.} or {@code 1)}) at its start, and only letters, digits, harmless punctuation, an
     * {@code &} that starts no entity, and emphasis spans.
     */
    private static boolean isPlainLine(String source, int start, int end) {
        char first = source.charAt(start);
        if (first == ' '
                || first == '-'
                || source.charAt(end - 1) == ' '
                || startsWithOrderedListMarker(source, start, end)) {
            return false;
        }
        int i = start;
        while (i < end) {
            char c = source.charAt(i);
            if (c == '*') {
                i = emphasisEnd(source, start, i, end);
                if (i < 0) {
                    return false;
                }
            } else if (isPlain(c) || c == '&' && !startsEntity(source, i, end)) {
                i++;
            } else {
                return false;
            }
        }
        return true;
    }

    /**
     * Where an emphasis that starts at {@code open} ends, or -1 unless it is the plainest kind: {@code *} or
     * {@code **} at the line's start or after a space; plain words that begin with a letter or digit and end with one
     * (or with {@code .} or {@code ?} when the span ends the line or a space follows); the same asterisks before the
     * line's end, a space or closing punctuation. CommonMark's flanking rules then leave no doubt.
     */
    private static int emphasisEnd(String source, int lineStart, int open, int end) {
        int run = source.startsWith("**", open) ? 2 : 1;
        int words = open + run;
        if (words >= end
                || open > lineStart && source.charAt(open - 1) != ' '
                || !Character.isLetterOrDigit(source.charAt(words))) {
            return -1;
        }
        int close = source.indexOf('*', words);
        int after = close + run;
        if (close < 0
                || after > end
                || !source.startsWith("**".substring(0, run), close)
                || after < end && source.charAt(after) == '*') {
            return -1;
        }
        for (int i = words; i < close; i++) {
            char c = source.charAt(i);
            if (!isPlain(c) && !(c == '&' && !startsEntity(source, i, close))) {
                return -1;
            }
        }
        char last = source.charAt(close - 1);
        boolean endsWord = Character.isLetterOrDigit(last)
                || (last == '.' || last == '?') && (after == end || source.charAt(after) == ' ');
        return endsWord && (after == end || " .,;:?)".indexOf(source.charAt(after)) >= 0) ? after : -1;
    }

    /** {@code &amp;}, {@code &#39;} and the like: CommonMark decodes them, so they need the parser. */
    private static boolean startsEntity(String source, int ampersand, int end) {
        int i = ampersand + 1;
        while (i < end && (Character.isLetterOrDigit(source.charAt(i)) || source.charAt(i) == '#')) {
            i++;
        }
        return i < end && source.charAt(i) == ';';
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
