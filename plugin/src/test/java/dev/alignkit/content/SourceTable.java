package dev.alignkit.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables of a {@code docs/sources/<kit-id>.md} page. Rows whose first cell is a number are the source's items,
 * in source order; every other body row (the sheets a kit names) only contributes key paths. Every text in
 * backticks inside a table row is a key path into the kit.
 */
record SourceTable(List<Item> items, List<KeyPath> keyPaths) {
    /** One item of the source: its number, what it says, and where the kit holds it (or why it does not). */
    record Item(int number, String source, String place) {
        boolean leftOut() {
            return place.toLowerCase(java.util.Locale.ROOT).contains("left out:");
        }

        boolean hasKeyPath() {
            return BACKTICKED.matcher(place).find();
        }
    }

    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
    private static final Pattern SEPARATOR = Pattern.compile("\\|[\\s:|-]+\\|?");

    static SourceTable parse(String markdown) {
        List<Item> items = new ArrayList<>();
        List<KeyPath> paths = new ArrayList<>();
        boolean header = true;
        for (String line : markdown.lines().map(String::strip).toList()) {
            if (!line.startsWith("|")) {
                header = true;
                continue;
            }
            if (header || SEPARATOR.matcher(line).matches()) {
                header = SEPARATOR.matcher(line).matches() ? false : header;
                continue;
            }
            List<String> cells = cells(line);
            if (!cells.isEmpty() && cells.get(0).matches("\\d+")) {
                items.add(new Item(
                        Integer.parseInt(cells.get(0)),
                        cells.size() > 1 ? cells.get(1) : "",
                        cells.size() > 2 ? cells.get(2) : ""));
            }
            Matcher m = BACKTICKED.matcher(line);
            while (m.find()) {
                paths.add(new KeyPath(m.group(1)));
            }
        }
        return new SourceTable(List.copyOf(items), List.copyOf(paths));
    }

    private static List<String> cells(String row) {
        String inner = row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length());
        return List.of(inner.split("\\|", -1)).stream().map(String::strip).toList();
    }
}
