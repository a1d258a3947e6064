package dev.alignkit.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A request path as the segments of the file it may name: each segment percent-decoded on its own, {@code .} and
 * {@code ..} resolved as RFC 3986 does. A path whose {@code ..} would climb above the site, or whose decoded segment
 * holds a slash, a backslash or a control character, names nothing. A name such as {@code a..b.txt} is just a name.
 */
record RequestPath(List<String> segments) {

    static Optional<RequestPath> parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String raw : rawPath.substring(1).split("/", -1)) {
            Optional<String> decoded = decode(raw);
            if (decoded.isEmpty()) {
                return Optional.empty();
            }
            String segment = decoded.get();
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return Optional.empty();
                }
                segments.removeLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return Optional.of(new RequestPath(List.copyOf(segments)));
    }

    /** True when a segment is a dotfile or dot-folder, which the site's own pages never link to. */
    boolean hidden() {
        return segments.stream().anyMatch(segment -> segment.startsWith("."));
    }

    private static Optional<String> decode(String raw) {
        String decoded;
        try {
            // '+' is a plus sign in a path; URLDecoder would read it as a space, as in a form.
            decoded = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        boolean unsafe = decoded.chars().anyMatch(c -> c == '/' || c == '\\' || Character.isISOControl(c));
        return unsafe ? Optional.empty() : Optional.of(decoded);
    }
}
