package dev.alignkit.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.diagnostics.Problem;
import java.nio.file.Path;
import java.util.List;

/** Loads the kit fixtures under src/test/resources/kits, with paths shown as {@code kits/...}. */
final class Kits {
    static final Path RESOURCES = Path.of("src/test/resources");

    private Kits() {}

    /** Loads one fixture; its folder is the content folder. */
    static LoadResult load(String relative) {
        Path file = RESOURCES.resolve(relative);
        return new KitLoader(file.getParent(), RESOURCES, KitDefaults.english()).load(file);
    }

    /** Loads a fixture that must be valid and returns its kit. */
    static Kit valid(String relative) {
        LoadResult result = load(relative);
        assertEquals(List.of(), formatted(result), "problems in " + relative);
        assertEquals(1, result.kits().size());
        return result.kits().get(0);
    }

    /** Loads a fixture that must have exactly one problem and returns it formatted. */
    static String onlyProblem(String relative) {
        return onlyProblem(load(relative));
    }

    static String onlyProblem(LoadResult result) {
        assertTrue(result.kits().isEmpty(), "a kit with errors must not load");
        List<String> problems = formatted(result);
        assertEquals(1, problems.size(), () -> "expected one problem, got " + String.join("\n", problems));
        return problems.get(0);
    }

    static List<String> formatted(LoadResult result) {
        return result.problems().stream().map(Problem::format).toList();
    }
}
