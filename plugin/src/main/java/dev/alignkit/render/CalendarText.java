package dev.alignkit.render;

/**
 * Kit text made safe for an iCalendar value. ical4j escapes a line feed but writes every other control character as
 * it is, and a bare carriage return starts a new property for most readers (ical4j's own included), so a title could
 * forge properties or whole events. Here no control character survives: a run of line breaks becomes one space in
 * one-line values, and each break a line feed (which ical4j writes as the {@code \n} escape) in descriptions; tabs
 * become spaces and other controls are dropped.
 */
final class CalendarText {
    private CalendarText() {}

    /** A value shown on one line: SUMMARY, UID. */
    static String line(String text) {
        return clean(text, true);
    }

    /** A value that may hold paragraphs: DESCRIPTION. */
    static String lines(String text) {
        return clean(text, false);
    }

    private static String clean(String text, boolean oneLine) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inBreak = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean crBeforeLf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (isLineBreak(c)) {
                if (!oneLine && !crBeforeLf) {
                    out.append('\n');
                } else if (oneLine && !inBreak) {
                    out.append(' ');
                }
                inBreak = true;
                continue;
            }
            inBreak = false;
            if (c == '\t') {
                out.append(' ');
            } else if (Character.isSurrogate(c)) {
                appendPaired(text, i, out);
            } else if (!Character.isISOControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Keeps a surrogate only as half of a pair: a lone one has no UTF-8 form and would be written as '?'. */
    private static void appendPaired(String text, int i, StringBuilder out) {
        char c = text.charAt(i);
        boolean paired = Character.isHighSurrogate(c)
                ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        if (paired) {
            out.append(c);
        }
    }

    /** LF, VT, FF, CR, NEL and the Unicode line and paragraph separators: what some reader takes for a new line. */
    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
