package dev.alignkit.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        assertTrue(
                problems(PROJECT).get(0).startsWith("outputDirectory /work/project is the project folder"),
                problems(PROJECT).toString());
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

    @Test
    void symbolicLinksAreResolvedBeforeComparing(@TempDir Path dir) throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path content = Files.createDirectories(project.resolve("content"));
        Path link = Files.createSymbolicLink(dir.resolve("published"), content);
        List<String> problems =
                OutputLocation.problems(link.resolve("site"), project, content, project.resolve("templates"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(
                problems.get(0)
                        .startsWith("outputDirectory " + link.resolve("site") + " (" + content.resolve("site")
                                + ") is inside the content folder"),
                problems.get(0));
    }

    @Test
    void aFolderThatDoesNotExistYetIsComparedWhereItWillBeCreated(@TempDir Path dir) throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        assertEquals(real.resolve("new/site"), OutputLocation.real(link.resolve("new/site")));
    }
}
