package dev.alignkit.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A key path into a loaded YAML document, written as the source tables in {@code docs/sources/} write it:
 * keys joined by dots, list positions counted from 0 in brackets ({@code sessions[2].prompts[0]},
 * {@code scorecard.kpis[1]}, {@code summary}).
 */
record KeyPath(String text) {
    private static final Pattern SEGMENT = Pattern.compile("([a-z_]+)((?:\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    static final Pattern SYNTAX = Pattern.compile("[a-z_]+(?:\\[\\d+])*(?:\\.[a-z_]+(?:\\[\\d+])*)*");

    KeyPath {
        if (!SYNTAX.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a key path like sessions[2].prompts[0]");
        }
    }

    /** The value at this path in a document loaded by SnakeYAML (maps and lists), if every step exists. */
    Optional<Object> find(Object document) {
        Object current = document;
        for (String segment : text.split("\\.")) {
            Matcher m = SEGMENT.matcher(segment);
            if (!m.matches() || !(current instanceof Map<?, ?> map) || !map.containsKey(m.group(1))) {
                return Optional.empty();
            }
            current = map.get(m.group(1));
            Matcher index = INDEX.matcher(m.group(2));
            while (index.find()) {
                int position = Integer.parseInt(index.group(1));
                if (!(current instanceof List<?> list) || position >= list.size()) {
                    return Optional.empty();
                }
                current = list.get(position);
            }
        }
        return Optional.ofNullable(current);
    }
}
