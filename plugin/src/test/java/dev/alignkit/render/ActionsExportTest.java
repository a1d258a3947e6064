package dev.alignkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alignkit.render.Views.ActionRow;
import dev.alignkit.support.PrintFixture;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The actions ledger and its CSV and JSON exports, from a kit with quotes, commas, line breaks and non-Latin names. */
class ActionsExportTest {
    private static final Views.KitView VIEW =
            new PrintFixture().view(PrintFixture.loadKit(Path.of("src/test/resources/render/actions-kit.yaml")));
    private static final Optional<LocalDate> AS_OF = Optional.of(LocalDate.of(2027, 1, 14));
    private static final List<ActionRow> ROWS = ActionsLedger.of(List.of(VIEW), AS_OF);

    private static List<CSVRecord> readBack(String csv) throws IOException {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
    }

    @Test
    void theLedgerIsSortedByDueDateWithUndatedActionsLast() {
        assertEquals(
                List.of("2027-01-04", "2027-01-12", "2027-01-13", "2027-02-01", "-", "-"),
                ROWS.stream().map(r -> r.dueIso() == null ? "-" : r.dueIso()).toList());
    }

    @Test
    void onlyOpenActionsDueBeforeTheBuildsDateAreOverdue() {
        assertEquals(
                List.of("send-the-minutes-with-decisions-first"),
                ROWS.stream().filter(ActionRow::overdue).map(ActionRow::id).toList(),
                "the done action due earlier and the dropped one are not overdue; the one due later is not either");
        assertTrue(
                ActionsLedger.of(List.of(VIEW), Optional.empty()).stream().noneMatch(ActionRow::overdue),
                "no build date, nothing overdue");
    }

    @Test
    void theCsvReadsBackWithTheColumnsTrackersImport() throws IOException {
        String csv = csv(ROWS);
        assertTrue(
                csv.startsWith("Summary,Description,Assignee,Due Date,Status,Labels,Kit,Session,ID\r\n"),
                "RFC 4180: CRLF after each record");
        List<CSVRecord> records = readBack(csv);
        assertEquals(ROWS.size(), records.size());
        CSVRecord minutes = records.get(2);
        assertEquals("Send the minutes, with \"decisions\" first", minutes.get("Summary"));
        assertEquals("Line one, with a comma.\nLine two.", minutes.get("Description"));
        assertEquals("Zoë Ångström", minutes.get("Assignee"));
        assertEquals("2027-01-13", minutes.get("Due Date"));
        assertEquals("open", minutes.get("Status"));
        assertEquals("actions-kit kick-off", minutes.get("Labels"));
        assertEquals("Relaunch, \"Phase 2\"", minutes.get("Kit"));
        assertEquals("Kick-off", minutes.get("Session"));
        assertEquals("actions-kit/send-the-minutes-with-decisions-first", minutes.get("ID"));
        CSVRecord budget = records.get(3);
        assertEquals("Согласовать бюджет", budget.get("Summary"));
        assertEquals("王芳", budget.get("Assignee"));
        assertEquals("done", records.get(0).get("Status"));
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaStartsWithAnApostrophe() throws IOException {
        List<String> summaries =
                readBack(csv(ROWS)).stream().map(r -> r.get("Summary")).toList();
        assertTrue(summaries.contains("'=HYPERLINK(\"https://example.com\")"), summaries::toString);
    }

    @Test
    void theJsonHasTheDocumentedShapeAndTheSameActions() throws IOException {
        JsonNode json = new ObjectMapper().readTree(json(ROWS, AS_OF));
        assertEquals(documentedFields("top level"), fieldNames(json));
        assertEquals("alignkit-actions", json.get("format").asText());
        assertEquals(1, json.get("version").asInt());
        assertEquals("2027-01-14", json.get("asOf").asText());
        assertEquals(ROWS.size(), json.get("actions").size());
        List<String> actionFields = documentedFields("action");
        for (JsonNode action : json.get("actions")) {
            assertEquals(actionFields, fieldNames(action));
        }
        JsonNode minutes = json.get("actions").get(2);
        assertEquals(
                "Line one, with a comma.\nLine two.", minutes.get("description").asText());
        assertTrue(minutes.get("overdue").asBoolean());
        assertEquals("actions-kit", minutes.get("kit").get("id").asText());
        JsonNode booked = json.get("actions").get(0);
        assertEquals("2027-01-03", booked.get("doneOn").asText());
        assertFalse(booked.get("overdue").asBoolean());
        assertTrue(json.get("actions").get(4).get("due").isNull(), "an undated action has due null");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The first column of the table under "### Fields: <which>" in docs/actions-export.md. */
    private static List<String> documentedFields(String which) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("..", "docs", "actions-export.md"));
        int start = lines.indexOf("### Fields: " + which);
        assertTrue(start >= 0, "docs/actions-export.md has no section '### Fields: " + which + "'");
        List<String> fields = new ArrayList<>();
        Pattern row = Pattern.compile("^\\| `([A-Za-z]+)` \\|");
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("#")) {
                break;
            }
            Matcher m = row.matcher(line);
            if (m.find()) {
                fields.add(m.group(1));
            }
        }
        return fields;
    }

    private static String csv(List<ActionRow> rows) throws IOException {
        StringBuilder out = new StringBuilder();
        ActionsExport.writeCsv(rows, out);
        return out.toString();
    }

    private static String json(List<ActionRow> rows, Optional<LocalDate> asOf) throws IOException {
        StringBuilder out = new StringBuilder();
        ActionsExport.writeJson(rows, asOf, out);
        return out.toString();
    }
}
