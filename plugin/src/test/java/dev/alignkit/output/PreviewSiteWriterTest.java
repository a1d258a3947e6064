package dev.alignkit.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewSiteWriterTest {
    @TempDir
    Path project;

    private Path site() {
        return project.resolve("site");
    }

    @Test
    void filesTheNewBuildNoLongerHasAreRemovedAndForeignFilesStay() throws IOException {
        try (PreviewSiteWriter first = PreviewSiteWriter.open(site()).orElseThrow()) {
            first.write("index.html", "one");
            first.write("old-kit/index.html", "old");
            first.commit();
        }
        Files.writeString(site().resolve(".htaccess"), "keep me");
        try (PreviewSiteWriter second = PreviewSiteWriter.open(site()).orElseThrow()) {
            second.carry("index.html", site().resolve("index.html"));
            second.write("new-kit/index.html", "new");
            second.commit();
        }
        assertEquals("one", Files.readString(site().resolve("index.html")), "carried files stay as they are");
        assertEquals("new", Files.readString(site().resolve("new-kit/index.html")));
        assertFalse(Files.exists(site().resolve("old-kit")), "a removed kit's folder goes");
        assertEquals("keep me", Files.readString(site().resolve(".htaccess")));
    }

    @Test
    void takesTheSameLockAsTheAtomicWriter() throws IOException {
        try (SiteWriter atomic = SiteWriter.open(site()).orElseThrow()) {
            assertTrue(PreviewSiteWriter.open(site()).isEmpty());
        }
    }
}
