package dev.alignkit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.alignkit.content.KitDefaults;
import dev.alignkit.content.KitLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema that editors use for completion and validation of kit files agrees with the content format:
 * every example kit and every valid fixture passes it, and each broken fixture fails it for the intended reason
 * (and is refused by the build's own validator too, so the schema is not stricter than the build).
 */
class KitSchemaTest {
    private static final String SCHEMA_RESOURCE = "/dev/alignkit/schema/kit.schema.json";
    private static final Path EXAMPLES = Path.of("../content");
    private static final Path VALID_FIXTURES = Path.of("src/test/resources/kits/valid");
    private static final Path BROKEN = Path.of("src/test/resources/schema");
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final JsonSchema SCHEMA = loadSchema();

    private static JsonSchema loadSchema() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_PATH)
                .build();
        try (InputStream in = KitSchemaTest.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            assertNotNull(in, "schema resource " + SCHEMA_RESOURCE + " is missing");
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<ValidationMessage> validate(Path yaml) throws IOException {
        JsonNode kit = YAML.readTree(yaml.toFile());
        assertNotNull(kit, yaml + " is empty");
        return SCHEMA.validate(kit);
    }

    private static String describe(Set<ValidationMessage> messages) {
        return messages.stream()
                .map(m -> m.getType() + " at " + m.getInstanceLocation() + ": " + m.getMessage())
                .sorted()
                .collect(Collectors.joining("\n"));
    }

    private static Stream<Path> yamlFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> kits = files.filter(f -> f.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
            assertFalse(kits.isEmpty(), "no kits in " + folder.toAbsolutePath());
            return kits.stream();
        }
    }

    static Stream<Path> exampleKits() throws IOException {
        return yamlFiles(EXAMPLES);
    }

    static Stream<Path> validFixtures() throws IOException {
        return yamlFiles(VALID_FIXTURES);
    }

    @Test
    void schemaIsValidDraft07() throws IOException {
        JsonNode schema;
        try (InputStream in = KitSchemaTest.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            schema = new ObjectMapper().readTree(in);
        }
        assertEquals(
                "http://json-schema.org/draft-07/schema#",
                schema.path("$schema").asText());
        assertEquals(
                "https://alignkit.dev/schema/kit.schema.json",
                schema.path("$id").asText());
        JsonSchema meta =
                JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(SchemaLocation.of(SchemaId.V7));
        Set<ValidationMessage> errors = meta.validate(schema);
        assertTrue(errors.isEmpty(), () -> "the schema breaks the draft-07 meta-schema:\n" + describe(errors));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleKits")
    void exampleKitMatchesSchema(Path kit) throws IOException {
        Set<ValidationMessage> errors = validate(kit);
        assertTrue(errors.isEmpty(), () -> kit + " breaks the schema:\n" + describe(errors));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFixtures")
    void validFixtureMatchesSchema(Path kit) throws IOException {
        Set<ValidationMessage> errors = validate(kit);
        assertTrue(errors.isEmpty(), () -> kit + " breaks the schema:\n" + describe(errors));
    }

    /** Each broken fixture is refused with the expected keyword at the expected place, naming the expected word. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown-top-level-key.yaml        | additionalProperties | $                              | groud_rules
            unknown-session-key.yaml          | additionalProperties | $.sessions[0]                  | objectiv
            missing-title.yaml                | required             | $                              | title
            missing-sessions.yaml             | required             | $                              | sessions
            empty-sessions.yaml               | minItems             | $.sessions                     | 1
            bad-impact.yaml                   | enum                 | $.stakeholders[0].impact       | "high", "medium", "low"
            bad-format.yaml                   | enum                 | $.sessions[0].format           | "pulse", "meeting", "workshop", "alignment-day"
            bad-duration.yaml                 | pattern              | $.sessions[0].duration         | \\d{1,3}h
            bad-due.yaml                      | pattern              | $.sessions[0].follow_up[0].due | [+-]
            bad-date.yaml                     | pattern              | $.start                        | \\d{4}-
            impossible-date.yaml              | format               | $.sessions[0].date             | full-date
            week-zero.yaml                    | minimum              | $.sessions[0].week             | 1
            agenda-item-without-duration.yaml | required             | $.sessions[0].agenda[1]        | duration
            break-with-duration.yaml          | not                  | $.sessions[0].agenda[0]        | duration
            prompt-and-prompts.yaml           | not                  | $.sessions[0]                  | prompts
            task-object-without-item.yaml     | required             | $.phases[0].checklist[1]       | item
            unknown-placeholder.yaml          | pattern              | $.sessions[0].objective        | {(?:owner
            attachment-html.yaml              | pattern              | $.attachments[0].file          | [Pp][Dd][Ff]
            """)
    void brokenFixtureIsRejected(String fixture, String keyword, String location, String mention) throws IOException {
        Path file = BROKEN.resolve(fixture);
        Set<ValidationMessage> errors = validate(file);
        assertFalse(errors.isEmpty(), fixture + " passes the schema");
        assertTrue(
                errors.stream()
                        .anyMatch(m -> keyword.equals(m.getType())
                                && location.equals(m.getInstanceLocation().toString())
                                && m.getMessage().contains(mention)),
                () -> fixture + ": expected '" + keyword + "' at " + location + " mentioning '" + mention + "', got:\n"
                        + describe(errors));
        // The build refuses it too: the fixture breaks the format, not only the schema.
        assertTrue(
                new KitLoader(BROKEN, BROKEN, KitDefaults.english()).load(file).hasErrors(),
                fixture + " is rejected by the schema but accepted by the build");
    }
}
