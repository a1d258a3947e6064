package dev.alignkit.diagnostics;

/**
 * Makes text from a kit safe to repeat in a message: a build log is read line by line (a CI runner takes
 * {@code ::error ...} at the start of a line as a command), so no echoed value may start a line or hide characters.
 */
public final class Echo {
    /** Values longer than this are cut; the position in the problem says where the whole value is. */
    public static final int MAX_VALUE_CHARS = 80;

    private Echo() {}

    /** The value with control and invisible formatting characters escaped, cut to {@link #MAX_VALUE_CHARS}. */
    public static String value(String text) {
        int cut = text.offsetByCodePoints(0, Math.min(text.codePointCount(0, text.length()), MAX_VALUE_CHARS));
        String shown = escaped(text.substring(0, cut));
        return cut < text.length() ? shown + "\u2026" : shown;
    }

    /** The text with every control, bidi and invisible formatting character written as an escape, e.g. {@code \n}, {@code \u202E}. */
    public static String escaped(String text) {
        if (text.codePoints().noneMatch(Echo::isHidden)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (isHidden(c)) {
                        out.append(String.format("\\u%04X", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /**
     * Characters a reader cannot see or that change how the rest of a line reads: C0 and C1 controls, DEL,
     * bidirectional controls and marks, line and paragraph separators, zero-width characters, non-characters
     * and lone surrogates.
     */
    public static boolean isHidden(int c) {
        return c < 0x20
                || c >= 0x7F && c <= 0x9F
                || c == 0x2028
                || c == 0x2029
                || isBidiControl(c)
                || c >= 0x200B && c <= 0x200D
                || c == 0xFEFF
                || c == 0xFFFE
                || c == 0xFFFF
                || Character.isSurrogate((char) c) && c <= 0xFFFF;
    }

    /** U+202A to U+202E, U+2066 to U+2069, U+200E, U+200F and U+061C: they reorder or disguise the text around them. */
    public static boolean isBidiControl(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F || c == 0x061C;
    }
}
