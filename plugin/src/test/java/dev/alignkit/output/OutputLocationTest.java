package dev.alignkit.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputLocationTest {
    private static final Path PROJECT = Path.of("/work/project");
    private static final Path CONTENT = PROJECT.resolve("content");
    private static final Path TEMPLATES = PROJECT.resolve("templates");

    private static List<String> problems(Path output) {
        return OutputLocation.problems(output, PROJECT, CONTENT, TEMPLATES);
    }

    @Test
    void siteFolderInsideTheProjectIsFine() {
        assertEquals(List.of(), problems(PROJECT.resolve("site")));
        assertEquals(List.of(), problems(Path.of("/srv/www/kits")));
    }

    @Test
    void projectFolderItselfIsRefused() {
        assertTrue(problems(PROJECT).get(0).startsWith("outputDirectory /work/project is the project folder"), problems(PROJECT).toString());
    }

    @Test
    void folderContainingTheProjectIsRefused() {
        assertTrue(problems(Path.of("/work")).get(0).contains("contains the project folder"));
    }

    @Test
    void contentAndTemplatesAndFoldersInsideThemAreRefused() {
        assertTrue(problems(CONTENT).get(0).contains("is the content folder"));
        assertTrue(problems(TEMPLATES).get(0).contains("is the templates folder"));
        assertTrue(problems(CONTENT.resolve("site")).get(0).contains("is inside the content folder"));
    }

    @Test
    void relativeSegmentsAreResolvedBeforeComparing() {
        assertTrue(problems(PROJECT.resolve("site/../content")).get(0).contains("is the content folder"));
    }
}
