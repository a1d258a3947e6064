package dev.alignkit.content;

/**
 * Characters no page, PDF or calendar can carry: C0 controls other than tab and line feed, DEL, C1 controls, the
 * non-characters U+FFFE and U+FFFF, and halves of surrogate pairs standing alone. YAML refuses them written as they
 * are, but a double-quoted escape ({@code "\x07"}, {@code "\uD800"}) still makes them.
 */
final class TextCharacters {
    private TextCharacters() {}

    /** The index of the first such character, or -1. */
    static int firstUnprintable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (isUnprintable(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isUnprintable(char c) {
        return c < 0x20 && c != '\t' && c != '\n'
                || c >= 0x7F && c <= 0x9F
                || c == 0xFFFE
                || c == 0xFFFF
                || Character.isSurrogate(c);
    }

    /** "U+0007" */
    static String name(String text, int index) {
        return String.format("U+%04X", (int) text.charAt(index));
    }
}
