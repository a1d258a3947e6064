package dev.alignkit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A preview keeps each kit's checks and fingerprint while the loader gives back the same model: what changes still
 * shows, whether the kit's file, an attachment it names, or nothing.
 */
class PreviewRebuildTest {
    @TempDir
    Path dir;

    private Path project;
    private SiteBuilder session;
    private BuildConfig config;

    @BeforeEach
    void firstPreviewBuild() throws IOException {
        project = BuildProcess.exampleProject(dir.resolve("project"));
        config = BuildConfig.forProject(project).withPdf(false);
        session = SiteBuilder.forPreview(config);
        BuildReport first = session.build();
        assertTrue(first.succeeded(), first.problems().toString());
    }

    @Test
    void anAttachmentChangedWhileItsKitIsNotRendersTheKitAgain() throws IOException {
        Path attachment = project.resolve("content/organizational-alignment/strategy-on-a-page.md");
        Files.writeString(attachment, Files.readString(attachment) + "\n\nRevised on the day.\n");
        BuildReport second = session.build();
        assertTrue(second.succeeded(), second.problems().toString());
        assertEquals(1, second.renderedKits());
        try (var pages = Files.walk(SiteBuilder.previewFolder(config))) {
            assertTrue(
                    pages.filter(p -> p.toString().endsWith(".html"))
                            .anyMatch(p -> read(p).contains("Revised on the day.")),
                    "the attachment's page shows the new text");
        }
    }

    @Test
    void anUnchangedKitsWarningsAreReportedAgainWithEveryBuild() throws IOException {
        Path kit = project.resolve("content/alignment-day.yaml");
        Files.writeString(kit, Files.readString(kit).replaceFirst("(?m)^title: .*$", "title: Alignment Day Revisited"));
        BuildReport first = session.build();
        Files.writeString(kit, Files.readString(kit).replace("Alignment Day Revisited", "Alignment Day Again"));
        BuildReport second = session.build();
        assertTrue(second.succeeded(), second.problems().toString());
        assertEquals(1, second.renderedKits());
        assertEquals(first.problems().size(), second.problems().size());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aPreviewFolderCleanedUnderARunningPreviewIsFilledAgainAtTheNextEdit() throws IOException {
        Path preview = SiteBuilder.previewFolder(config);
        try (var files = Files.walk(preview)) {
            files.sorted(Comparator.reverseOrder())
                    .filter(p -> !p.equals(preview))
                    .forEach(p -> p.toFile().delete());
        }
        Path kit = project.resolve("content/alignment-day.yaml");
        Files.writeString(kit, Files.readString(kit).replaceFirst("(?m)^title: .*$", "title: Alignment Day Revisited"));
        BuildReport next = session.build();
        assertTrue(next.succeeded(), next.problems().toString());
        assertEquals(4, next.renderedKits());
        assertTrue(Files.isRegularFile(preview.resolve("facilitators/organizational-alignment/index.html")));
    }
}
