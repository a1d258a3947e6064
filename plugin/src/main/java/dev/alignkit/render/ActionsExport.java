package dev.alignkit.render;

import dev.alignkit.content.Slugs;
import dev.alignkit.render.Views.ActionRow;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The actions ledger for other tools: {@code actions.csv} (RFC 4180, with the column names Jira's and Asana's CSV
 * imports map without editing) and {@code actions.json}, whose format docs/actions-export.md describes.
 */
public final class ActionsExport {
    /** The CSV's columns, in order. */
    public static final List<String> CSV_COLUMNS =
            List.of("Summary", "Description", "Assignee", "Due Date", "Status", "Labels", "Kit", "Session", "ID");
    /** The value of {@code format} in the JSON; {@code version} changes when a field changes meaning or goes away. */
    public static final String JSON_FORMAT = "alignkit-actions";

    public static final int JSON_VERSION = 1;

    private ActionsExport() {}

    /** The CSV written row by row to {@code out}: at 1,000 kits it is some 10 MB. */
    public static void writeCsv(List<ActionRow> actions, Appendable out) throws IOException {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader(CSV_COLUMNS.toArray(String[]::new))
                .get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (ActionRow a : actions) {
                printer.printRecord(
                        cell(a.item()),
                        cell(a.details()),
                        cell(a.owner()),
                        orEmpty(a.dueIso()),
                        a.status(),
                        labels(a),
                        cell(a.kitTitle()),
                        cell(a.where()),
                        id(a));
            }
        }
    }

    /** The JSON written action by action to {@code out}: at 1,000 kits it is some 20 MB. */
    public static void writeJson(List<ActionRow> actions, Optional<LocalDate> asOf, Appendable out) throws IOException {
        out.append("{\n  \"format\": ")
                .append(JsonString.quote(JSON_FORMAT))
                .append(",\n  \"version\": ")
                .append(String.valueOf(JSON_VERSION))
                .append(",\n  \"asOf\": ")
                .append(asOf.map(d -> JsonString.quote(d.toString())).orElse("null"))
                .append(",\n  \"actions\": [");
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < actions.size(); i++) {
            ActionRow a = actions.get(i);
            row.setLength(0);
            row.append(i == 0 ? "\n" : ",\n")
                    .append("    {")
                    .append("\"id\": ")
                    .append(JsonString.quote(id(a)))
                    .append(", \"summary\": ")
                    .append(JsonString.quote(a.item()))
                    .append(", \"description\": ")
                    .append(string(a.details()))
                    .append(", \"owner\": ")
                    .append(string(a.owner()))
                    .append(", \"due\": ")
                    .append(string(a.dueIso()))
                    .append(", \"status\": ")
                    .append(JsonString.quote(a.status()))
                    .append(", \"doneOn\": ")
                    .append(string(a.doneOnIso()))
                    .append(", \"overdue\": ")
                    .append(a.overdue())
                    .append(", \"kit\": {\"id\": ")
                    .append(JsonString.quote(a.kitId()))
                    .append(", \"title\": ")
                    .append(JsonString.quote(a.kitTitle()))
                    .append("}")
                    .append(", \"session\": ")
                    .append(JsonString.quote(a.where()))
                    .append(", \"kpis\": [")
                    .append(a.kpis().stream().map(JsonString::quote).collect(Collectors.joining(", ")))
                    .append("]")
                    .append(", \"url\": ")
                    .append(JsonString.quote(a.whereUrl()))
                    .append("}");
            out.append(row);
        }
        out.append(actions.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    }

    /** Unique in the site: the kit's id and the action's id within it. */
    static String id(ActionRow a) {
        return a.kitId() + "/" + a.id();
    }

    /** Space-separated, as Jira reads a labels cell: labels hold no spaces. */
    private static String labels(ActionRow a) {
        return a.kitId() + " " + Slugs.slugify(a.where());
    }

    /**
     * Text a spreadsheet would read as a formula ({@code =HYPERLINK(...)}, {@code +}, {@code -}, {@code @}) gets a
     * leading apostrophe: a kit's author must not be able to run a formula on the machine of whoever opens the file.
     */
    private static String cell(String text) {
        String value = orEmpty(text);
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String string(String text) {
        return text == null ? "null" : JsonString.quote(text);
    }
}
