package dev.alignkit.render;

/**
 * Folds iCalendar content lines at 75 octets (RFC 5545 §3.1), never inside a character's UTF-8 sequence. ical4j's
 * {@code FoldingWriter} counts UTF-16 units, not octets, so a line of accented or Asian text ends up two or three
 * times too long, and it may split a surrogate pair.
 */
final class FoldedLines {
    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private FoldedLines() {}

    /** {@code unfolded} is CRLF-terminated content lines with no other CR or LF, as ical4j's {@code toString} writes them. */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 32);
        int start = 0;
        while (start < unfolded.length()) {
            int end = unfolded.indexOf(CRLF, start);
            if (end < 0) {
                end = unfolded.length();
            }
            foldLine(unfolded.substring(start, end), out);
            out.append(CRLF);
            start = end + CRLF.length();
        }
        return out.toString();
    }

    private static void foldLine(String line, StringBuilder out) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = utf8Octets(codePoint);
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
    }

    private static int utf8Octets(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
