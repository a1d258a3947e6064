package dev.alignkit.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The content format is written down three times: the keys the parser accepts, the JSON Schema editors complete
 * from, and the tables of {@code docs/content-format.md}. A key added to one of them and forgotten in another fails
 * here, naming the type and the key.
 */
class ContentFormatAgreementTest {
    private static final Path DOCS = Path.of("..", "docs", "content-format.md");
    private static final Pattern SECTION = Pattern.compile("^## (\\S+)");
    private static final Pattern KEY_ROW = Pattern.compile("^\\| `([a-z_]+)` \\|");

    /** Each type of the format: its heading in the docs, its place in the schema, the parser's key list. */
    static Stream<Arguments> types() {
        return Stream.of(
                Arguments.of("Kit", "", KitParser.KIT_KEYS),
                Arguments.of("Attachment", "/definitions/attachment", KitParser.ATTACHMENT_KEYS),
                Arguments.of("Stakeholder", "/definitions/stakeholder", KitParser.STAKEHOLDER_KEYS),
                Arguments.of("Role", "/definitions/role", KitParser.ROLE_KEYS),
                Arguments.of("Phase", "/definitions/phase", KitParser.PHASE_KEYS),
                Arguments.of("Task", "/definitions/task", KitParser.TASK_KEYS),
                Arguments.of("Session", "/definitions/session", KitParser.SESSION_KEYS),
                Arguments.of("AgendaItem", "/definitions/agendaItem", KitParser.AGENDA_KEYS),
                Arguments.of("Method", "/definitions/method", KitParser.METHOD_KEYS),
                Arguments.of("MethodStep", "/definitions/methodStep", KitParser.METHOD_STEP_KEYS),
                Arguments.of("Scorecard", "/definitions/scorecard", KitParser.SCORECARD_KEYS),
                Arguments.of("KPI", "/definitions/kpi", KitParser.KPI_KEYS),
                Arguments.of("Actual", "/definitions/actual", KitParser.ACTUAL_KEYS));
    }

    @ParameterizedTest(name = "{0}: the schema lists the keys the parser accepts")
    @MethodSource("types")
    void schemaListsTheParsersKeys(String type, String schemaPointer, List<String> parserKeys) throws IOException {
        JsonNode properties = schema().at(schemaPointer + "/properties");
        assertTrue(properties.isObject(), "the schema has no properties at " + schemaPointer);
        List<String> schemaKeys = new ArrayList<>();
        properties.fieldNames().forEachRemaining(schemaKeys::add);
        assertEquals(parserKeys, schemaKeys, type + ": schema properties differ from the parser's keys");
    }

    @ParameterizedTest(name = "{0}: the docs' table lists the keys the parser accepts")
    @MethodSource("types")
    void docsListTheParsersKeys(String type, String schemaPointer, List<String> parserKeys) throws IOException {
        Map<String, List<String>> documented = documentedKeys();
        assertTrue(documented.containsKey(type), "docs/content-format.md has no section '## " + type + "'");
        assertEquals(
                parserKeys,
                documented.get(type),
                type + ": the table in docs/content-format.md differs from the parser's keys");
    }

    @ParameterizedTest(name = "{0}: the schema allows no other keys")
    @MethodSource("types")
    void schemaRefusesUnknownKeys(String type, String schemaPointer, List<String> parserKeys) throws IOException {
        assertEquals(
                false,
                schema().at(schemaPointer + "/additionalProperties").asBoolean(true),
                type + ": the schema must set additionalProperties to false, as the parser refuses unknown keys");
    }

    private static JsonNode schema() throws IOException {
        try (InputStream in = KitParser.class.getResourceAsStream("/dev/alignkit/schema/kit.schema.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    /** The first column of the table under each {@code ## Type} heading, in order; "Kit (top level)" is "Kit". */
    private static Map<String, List<String>> documentedKeys() throws IOException {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : Files.readAllLines(DOCS, StandardCharsets.UTF_8)) {
            Matcher section = SECTION.matcher(line);
            Matcher row = KEY_ROW.matcher(line);
            if (section.find()) {
                current = new ArrayList<>();
                keys.put(section.group(1), current);
            } else if (current != null && row.find()) {
                current.add(row.group(1));
            }
        }
        return keys;
    }
}
