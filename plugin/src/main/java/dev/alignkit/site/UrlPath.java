package dev.alignkit.site;

import java.nio.charset.StandardCharsets;

/** Site paths written into links: each segment percent-encoded, so that a space, '#', '?' or '%' in a file name is part of the path. */
public final class UrlPath {
    private UrlPath() {}

    /** {@code kit/files/agenda #1?.pdf} becomes {@code kit/files/agenda%20%231%3F.pdf}; slashes separate segments. */
    public static String encode(String path) {
        StringBuilder out = new StringBuilder(path.length() + 8);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isUnreserved(c) || c == '/') {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    /** RFC 3986's unreserved characters: letters, digits, '-', '.', '_' and '~'. */
    private static boolean isUnreserved(int c) {
        return c >= 'a' && c <= 'z'
                || c >= 'A' && c <= 'Z'
                || c >= '0' && c <= '9'
                || c == '-'
                || c == '.'
                || c == '_'
                || c == '~';
    }
}
