package dev.alignkit.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The tables in {@code docs/sources/} say where each item of an example kit's source document lives in the kit.
 * These tests keep them honest: every key path they name exists in the kit's YAML, every item is numbered in
 * source order, and every item has a place in the kit or a reason to be left out.
 */
class SourceMappingTest {
    private static final Path CONTENT = Path.of("../content");
    private static final Path SOURCES = Path.of("../docs/sources");
    private static final Path FIXTURES = Path.of("src/test/resources/sources");

    static List<String> exampleKits() throws IOException {
        try (Stream<Path> files = Files.list(CONTENT)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length()))
                    .sorted()
                    .toList();
        }
    }

    private static Object yaml(Path file) throws IOException {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static SourceTable table(Path file) throws IOException {
        return SourceTable.parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The key paths of a table that lead nowhere in the kit. */
    private static List<String> missingPaths(SourceTable table, Object kit) {
        return table.keyPaths().stream()
                .filter(p -> p.find(kit).isEmpty())
                .map(KeyPath::text)
                .toList();
    }

    @Test
    void everyExampleKitHasASourceTable() throws IOException {
        List<String> kits = exampleKits();
        assertFalse(kits.isEmpty());
        for (String kit : kits) {
            assertTrue(Files.isRegularFile(SOURCES.resolve(kit + ".md")), "docs/sources/" + kit + ".md is missing");
        }
    }

    @ParameterizedTest
    @MethodSource("exampleKits")
    void everyKeyPathInTheSourceTableExistsInTheKit(String kit) throws IOException {
        SourceTable table = table(SOURCES.resolve(kit + ".md"));
        assertFalse(table.keyPaths().isEmpty(), kit + ": the table names no key path");
        assertEquals(
                List.of(),
                missingPaths(table, yaml(CONTENT.resolve(kit + ".yaml"))),
                "docs/sources/" + kit + ".md names key paths that content/" + kit + ".yaml does not have");
    }

    @ParameterizedTest
    @MethodSource("exampleKits")
    void sourceItemsAreNumberedInSourceOrderWithoutGaps(String kit) throws IOException {
        List<Integer> numbers = table(SOURCES.resolve(kit + ".md")).items().stream()
                .map(SourceTable.Item::number)
                .toList();
        assertFalse(numbers.isEmpty(), kit + ": the table lists no source item");
        assertEquals(
                IntStream.rangeClosed(1, numbers.size()).boxed().toList(),
                numbers,
                kit + ": items are not numbered 1, 2, 3...");
    }

    @ParameterizedTest
    @MethodSource("exampleKits")
    void everySourceItemHasAPlaceInTheKitOrAReasonToBeLeftOut(String kit) throws IOException {
        for (SourceTable.Item item : table(SOURCES.resolve(kit + ".md")).items()) {
            assertFalse(
                    item.source().isBlank(), kit + ": item " + item.number() + " does not say what the source says");
            assertTrue(
                    item.hasKeyPath() || item.leftOut(),
                    kit + ": item " + item.number() + " names neither a key path nor 'left out: <reason>'");
        }
    }

    @Test
    void keyPathWalksKeysAndListPositions() throws IOException {
        Object kit = yaml(FIXTURES.resolve("kit.yaml"));
        assertEquals(
                "What is unclear?",
                new KeyPath("sessions[0].prompts[0]").find(kit).orElseThrow());
        assertEquals("Short", new KeyPath("title").find(kit).orElseThrow());
        assertEquals(
                "Pulse participation",
                new KeyPath("scorecard.kpis[0].name").find(kit).orElseThrow());
    }

    @Test
    void keyPathPastTheEndOfAListOrToAnAbsentKeyFindsNothing() throws IOException {
        Object kit = yaml(FIXTURES.resolve("kit.yaml"));
        assertTrue(new KeyPath("sessions[1]").find(kit).isEmpty());
        assertTrue(new KeyPath("sessions[0].prompts[1]").find(kit).isEmpty());
        assertTrue(new KeyPath("sessions[0].tips").find(kit).isEmpty());
        assertTrue(new KeyPath("title[0]").find(kit).isEmpty(), "a text is not a list");
        assertTrue(new KeyPath("sessions.title").find(kit).isEmpty(), "a list needs a position");
    }

    @Test
    void tableWithAWrongKeyPathIsCaught() throws IOException {
        SourceTable table = table(FIXTURES.resolve("wrong-path.md"));
        assertEquals(
                List.of("sessions[0].prompts[3]", "follow_up[0]"),
                missingPaths(table, yaml(FIXTURES.resolve("kit.yaml"))));
    }

    @Test
    void tableRowsGiveNumberedItemsAndEveryBacktickedPath() throws IOException {
        SourceTable table = table(FIXTURES.resolve("wrong-path.md"));
        assertEquals(
                List.of(1, 2, 3, 4),
                table.items().stream().map(SourceTable.Item::number).toList());
        assertTrue(table.items().get(3).leftOut());
        assertFalse(table.items().get(3).hasKeyPath());
        assertEquals(
                List.of(
                        "title",
                        "sessions[0].prompts[0]",
                        "sessions[0].prompts[3]",
                        "follow_up[0]",
                        "sessions[0].materials[0]"),
                table.keyPaths().stream().map(KeyPath::text).toList());
    }

    @Test
    void malformedKeyPathIsRejected() {
        assertThrows(
                IllegalArgumentException.class,
                () -> SourceTable.parse("| # | item | place |\n|---|---|---|\n| 1 | x | `sessions[a]` |\n"));
    }
}
