package dev.alignkit.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
    @TempDir
    Path project;

    private Path site() {
        return project.resolve("site");
    }

    private Bookkeeping books() {
        return new Bookkeeping(project.resolve("target/alignkit"), "site");
    }

    private Optional<SiteWriter> open() throws IOException {
        return SiteWriter.open(site(), books());
    }

    private void build(String... pathsAndTexts) throws IOException {
        try (SiteWriter writer = open().orElseThrow()) {
            for (int i = 0; i < pathsAndTexts.length; i += 2) {
                writer.write(pathsAndTexts[i], pathsAndTexts[i + 1]);
            }
            writer.commit("state of the build");
        }
    }

    private static Object inode(Path path) throws IOException {
        return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                .fileKey();
    }

    @Test
    void committedBuildReplacesTheSite() throws IOException {
        build("index.html", "one", "kit/index.html", "kit one");
        build("index.html", "two");
        assertEquals("two", Files.readString(site().resolve("index.html")));
        assertFalse(
                Files.exists(site().resolve("kit")),
                "a file the new build no longer writes is removed, and its folder");
    }

    @Test
    void buildThatDoesNotCommitLeavesThePreviousSiteAndNoStagingFolder() throws IOException {
        build("index.html", "good");
        try (SiteWriter writer = open().orElseThrow()) {
            writer.write("index.html", "half-written");
        }
        assertEquals("good", Files.readString(site().resolve("index.html")));
        assertFalse(Files.exists(SiteWriter.sibling(site(), ".staging")));
    }

    @Test
    void theSiteHoldsOnlyWhatIsPublishedAndTheBookkeepingLivesInTheWorkDirectory() throws IOException {
        build("index.html", "one");
        try (Stream<Path> files = Files.list(site())) {
            assertEquals(List.of(site().resolve("index.html")), files.toList());
        }
        try (Stream<Path> files = Files.list(project)) {
            assertEquals(
                    List.of(project.resolve("site"), project.resolve("target")),
                    files.sorted().toList(),
                    "no lock in the project");
        }
        assertTrue(Files.isRegularFile(books().manifest()));
        try (SiteWriter writer = open().orElseThrow()) {
            assertEquals(Optional.of("state of the build"), writer.lastState());
        }
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
    void foreignFilesAreLinkedIntoTheNewSiteNotCopied() throws IOException {
        build("index.html", "one");
        Files.writeString(site().resolve("big-video.mp4"), "pretend this is large");
        Object before = inode(site().resolve("big-video.mp4"));
        build("index.html", "two");
        assertEquals(before, inode(site().resolve("big-video.mp4")), "the same file, not a copy");
    }

    @Test
    void foreignSymlinksPipesEmptyFoldersAndFolderModesAreKeptUntouched() throws Exception {
        build("index.html", "one", "kit/index.html", "kit");
        Files.createSymbolicLink(site().resolve("manual"), Path.of("/usr/share/doc"));
        Files.createSymbolicLink(site().resolve("dangling"), Path.of("does/not/exist"));
        assertEquals(
                0,
                new ProcessBuilder("mkfifo", site().resolve("pipe").toString())
                        .start()
                        .waitFor());
        Files.createDirectories(site().resolve("uploads/empty"));
        Files.createDirectories(site().resolve("private"));
        Files.writeString(site().resolve("private/notes.txt"), "mine");
        Files.setPosixFilePermissions(site().resolve("private"), PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(site().resolve("kit"), PosixFilePermissions.fromString("rwxr-x---"));
        Files.setPosixFilePermissions(site(), PosixFilePermissions.fromString("rwxr-x---"));
        Object pipe = inode(site().resolve("pipe"));

        build("index.html", "two", "kit/index.html", "kit two");
        build("index.html", "three", "kit/index.html", "kit three");

        assertEquals(Path.of("/usr/share/doc"), Files.readSymbolicLink(site().resolve("manual")));
        assertEquals(Path.of("does/not/exist"), Files.readSymbolicLink(site().resolve("dangling")));
        assertTrue(
                Files.readAttributes(site().resolve("pipe"), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                        .isOther(),
                "still a pipe");
        assertEquals(pipe, inode(site().resolve("pipe")));
        assertTrue(Files.isDirectory(site().resolve("uploads/empty")));
        assertEquals(
                "rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(site().resolve("private"))));
        assertEquals(
                "rwxr-x---",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(site().resolve("kit"))),
                "a mode set on one of our folders");
        assertEquals(
                "rwxr-x---",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(site())),
                "the site folder's own mode");
        assertEquals("mine", Files.readString(site().resolve("private/notes.txt")));
        assertEquals("kit three", Files.readString(site().resolve("kit/index.html")));
    }

    @Test
    void aSiteThatIsASymlinkIsWrittenThroughAndTheLinkStays() throws IOException {
        Path webRoot = Files.createDirectories(project.resolve("www/kits"));
        Files.writeString(webRoot.resolve("robots.txt"), "User-agent: *");
        Files.createSymbolicLink(site(), webRoot);
        build("index.html", "one");
        build("index.html", "two");
        assertTrue(Files.isSymbolicLink(site()), "the link is not replaced by a folder");
        assertEquals(webRoot, Files.readSymbolicLink(site()));
        assertEquals("two", Files.readString(webRoot.resolve("index.html")));
        assertEquals("User-agent: *", Files.readString(webRoot.resolve("robots.txt")));
    }

    @Test
    void aFileOfOursChangedOnDiskIsNoLongerUnchanged() throws IOException {
        build("index.html", "one", "kit/page.html", "page");
        Files.writeString(site().resolve("kit/page.html"), "tampered");
        try (SiteWriter writer = open().orElseThrow()) {
            assertTrue(writer.unchanged("index.html"));
            assertFalse(writer.unchanged("kit/page.html"));
            assertFalse(writer.allUnchanged());
        }
    }

    @Test
    void secondWriterOnTheSameOutputIsRefusedWhileTheFirstHoldsTheLock() throws IOException {
        try (SiteWriter first = open().orElseThrow()) {
            assertTrue(open().isEmpty());
        }
        try (SiteWriter again = open().orElseThrow()) {
            assertTrue(again.output().endsWith("site"));
        }
    }

    @Test
    void siteSetAsideByABuildKilledMidSwapIsRestored() throws IOException {
        build("index.html", "good");
        Files.move(site(), SiteWriter.sibling(site(), ".previous"));
        try (SiteWriter writer = open().orElseThrow()) {
            assertEquals("good", Files.readString(site().resolve("index.html")));
        }
    }

    @Test
    void whenAFolderTookTheSetAsideSitesPlaceTheUsersFilesAreCarriedIntoIt() throws IOException {
        build("index.html", "good");
        Files.writeString(site().resolve("NOTES.md"), "my notes");
        Files.move(site(), SiteWriter.sibling(site(), ".previous"));
        Files.createDirectories(site());
        Files.writeString(site().resolve("index.html"), "written by someone else meanwhile");

        SiteWriter.recoverInterruptedSwap(site(), books());

        assertEquals("my notes", Files.readString(site().resolve("NOTES.md")));
        assertFalse(Files.exists(SiteWriter.sibling(site(), ".previous")));
    }

    @Test
    void anInterruptedCommitTrustsNoHashAndForgetsNoFileOfOurs() throws IOException {
        build("index.html", "one", "old-kit/index.html", "old");
        Manifest committed = Manifest.read(books().manifest(), site()).orElseThrow();
        committed
                .unsettledWith(new Manifest(site(), true, java.util.Map.of("index.html", "x")))
                .write(books().manifest());
        try (SiteWriter writer = open().orElseThrow()) {
            assertFalse(writer.unchanged("index.html"));
            assertTrue(writer.lastState().isEmpty(), "the state may not match the files");
            writer.write("index.html", "two");
            writer.commit("");
        }
        assertFalse(Files.exists(site().resolve("old-kit")), "a file of ours from either build goes");
    }

    @Test
    void pathsThatLeaveTheSiteAreABug() throws IOException {
        try (SiteWriter writer = open().orElseThrow()) {
            assertThrows(IllegalArgumentException.class, () -> writer.write("../escape.html", "x"));
            assertThrows(IllegalArgumentException.class, () -> writer.write("/etc/passwd", "x"));
        }
    }

    @Test
    void aStreamedFileIsWrittenInUtf8AndRecordedWithTheHashOfItsBytes() throws IOException {
        try (SiteWriter writer = open().orElseThrow()) {
            writer.write("facilitators/actions.csv", (StreamedText) out -> {
                out.write("Müller,");
                out.write("due\n");
            });
            writer.write("index.html", "Müller,due\n");
            writer.commit("state of the build");
        }
        assertEquals("Müller,due\n", Files.readString(site().resolve("facilitators/actions.csv")));
        try (SiteWriter next = open().orElseThrow()) {
            Map<String, String> recorded = next.lastBuild().manifest().files();
            assertEquals(recorded.get("index.html"), recorded.get("facilitators/actions.csv"));
            assertEquals(FileHash.of(site().resolve("index.html")), recorded.get("facilitators/actions.csv"));
        }
    }
}
