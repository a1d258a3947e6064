package dev.alignkit.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
    @TempDir
    Path project;

    private Path site() {
        return project.resolve("site");
    }

    private void build(String... pathsAndTexts) throws IOException {
        try (SiteWriter writer = SiteWriter.open(site()).orElseThrow()) {
            for (int i = 0; i < pathsAndTexts.length; i += 2) {
                writer.write(pathsAndTexts[i], pathsAndTexts[i + 1]);
            }
            writer.commit();
        }
    }

    @Test
    void committedBuildReplacesTheSite() throws IOException {
        build("index.html", "one", "kit/index.html", "kit one");
        build("index.html", "two");
        assertEquals("two", Files.readString(site().resolve("index.html")));
        assertFalse(Files.exists(site().resolve("kit/index.html")), "a file the new build no longer writes is removed");
    }

    @Test
    void buildThatDoesNotCommitLeavesThePreviousSiteAndNoStagingFolder() throws IOException {
        build("index.html", "good");
        try (SiteWriter writer = SiteWriter.open(site()).orElseThrow()) {
            writer.write("index.html", "half-written");
        }
        assertEquals("good", Files.readString(site().resolve("index.html")));
        assertFalse(Files.exists(SiteWriter.sibling(site(), ".staging")));
    }

    @Test
    void filesSomeoneElsePutIntoTheSiteSurviveEveryBuild() throws IOException {
        build("index.html", "one");
        Files.writeString(site().resolve(".htaccess"), "Require all granted");
        Files.createDirectories(site().resolve("docs"));
        Files.writeString(site().resolve("docs/README.txt"), "intranet notes");
        build("index.html", "two");
        build("index.html", "three");
        assertEquals("Require all granted", Files.readString(site().resolve(".htaccess")));
        assertEquals("intranet notes", Files.readString(site().resolve("docs/README.txt")));
    }

    @Test
    void secondWriterOnTheSameOutputIsRefusedWhileTheFirstHoldsTheLock() throws IOException {
        try (SiteWriter first = SiteWriter.open(site()).orElseThrow()) {
            assertTrue(SiteWriter.open(site()).isEmpty());
        }
        try (SiteWriter again = SiteWriter.open(site()).orElseThrow()) {
            assertTrue(again.output().endsWith("site"));
        }
    }

    @Test
    void siteSetAsideByABuildKilledMidSwapIsRestored() throws IOException {
        build("index.html", "good");
        Files.move(site(), SiteWriter.sibling(site(), ".previous"));
        try (SiteWriter writer = SiteWriter.open(site()).orElseThrow()) {
            assertEquals("good", Files.readString(site().resolve("index.html")));
        }
    }

    @Test
    void pathsThatLeaveTheSiteAreABug() throws IOException {
        try (SiteWriter writer = SiteWriter.open(site()).orElseThrow()) {
            assertThrows(IllegalArgumentException.class, () -> writer.write("../escape.html", "x"));
            assertThrows(IllegalArgumentException.class, () -> writer.write("/etc/passwd", "x"));
        }
    }
}
