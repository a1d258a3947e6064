package dev.alignkit.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A misconfigured output folder is refused before anything is touched: a path typo costs no one a folder. */
class OutputRefusalTest {
    @TempDir
    Path dir;

    private Path project;

    @BeforeEach
    void copyExamples() throws IOException {
        project = BuildProcess.exampleProject(dir.resolve("project"));
    }

    private BuildReport buildInto(Path output) {
        return new SiteBuilder(BuildConfig.forProject(project)
                        .withOutputDirectory(output)
                        .withPdf(false))
                .build();
    }

    /** A home folder: notes, a private .ssh folder, a link and a pipe. */
    private Path homeLikeFolder() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.writeString(home.resolve("NOTES.md"), "my notes");
        Files.writeString(home.resolve("index.html"), "my own page");
        Files.createDirectories(home.resolve(".ssh"));
        Files.writeString(home.resolve(".ssh/id_ed25519"), "secret key");
        Files.setPosixFilePermissions(home.resolve(".ssh"), PosixFilePermissions.fromString("rwx------"));
        Files.createSymbolicLink(home.resolve("projects"), project);
        Files.createDirectories(home.resolve("Downloads"));
        assertEquals(
                0,
                new ProcessBuilder("mkfifo", home.resolve("pipe").toString())
                        .start()
                        .waitFor());
        return home;
    }

    private static void assertHomeUntouched(Path home) throws IOException {
        assertEquals("my notes", Files.readString(home.resolve("NOTES.md")));
        assertEquals("secret key", Files.readString(home.resolve(".ssh/id_ed25519")));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve(".ssh"))));
        assertTrue(Files.isSymbolicLink(home.resolve("projects")));
        assertTrue(Files.isDirectory(home.resolve("Downloads"), LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.readAttributes(home.resolve("pipe"), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                .isOther());
    }

    @Test
    void outputOnTheProjectOrContentFolderIsRefusedAndNothingIsTouched() throws IOException {
        Map<String, byte[]> before = BuildProcess.snapshot(project);
        for (Path output : new Path[] {project, project.resolve("content"), dir, project.resolve("templates")}) {
            BuildReport report = buildInto(output);
            assertFalse(report.succeeded(), output.toString());
            assertTrue(
                    report.problems()
                            .get(0)
                            .format()
                            .startsWith("align.outputDirectory: error: outputDirectory " + output),
                    report.problems().toString());
        }
        assertEquals(before.keySet(), BuildProcess.snapshot(project).keySet());
        assertFalse(Files.exists(dir.resolve(".project.lock")));
        assertFalse(Files.exists(project.resolve("target")), "a refused build keeps no books either");
    }

    @Test
    void homeLikeFolderWithFilesOfItsOwnIsRefusedAndLeftAsItWas() throws Exception {
        Path home = homeLikeFolder();
        BuildReport report = buildInto(home);
        assertFalse(report.succeeded());
        assertEquals(
                "align.outputDirectory: error: outputDirectory " + home
                        + " already holds files that Alignkit did not write, and no site of"
                        + " ours was built there; building there would mix the site with them and overwrite those with the same names. Use"
                        + " an empty or new folder, such as site/, or pass -Dalign.adoptOutputDirectory=true to build into it anyway (files"
                        + " that are not the site's are kept)",
                report.problems().get(0).format());
        assertEquals("my own page", Files.readString(home.resolve("index.html")));
        assertHomeUntouched(home);
    }

    @Test
    void adoptedFolderKeepsEveryEntryOfItsOwnAcrossBuilds() throws Exception {
        Path home = homeLikeFolder();
        BuildConfig adopting = BuildConfig.forProject(project)
                .withOutputDirectory(home)
                .withPdf(false)
                .withAdoptedOutputDirectory(true);
        assertTrue(new SiteBuilder(adopting).build().succeeded());
        Files.writeString(
                project.resolve("content/alignment-day.yaml"),
                "\n# changed\n",
                java.nio.file.StandardOpenOption.APPEND);
        BuildReport second = buildInto(home);
        assertTrue(second.succeeded(), "once adopted, the folder is the site's: " + second.problems());
        assertTrue(
                Files.readString(home.resolve("index.html")).contains("alignment-day/participants.html"),
                "the site's index");
        assertHomeUntouched(home);
    }

    @Test
    void plainFileAsOutputIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("site.txt"), "not a folder");
        BuildReport report = buildInto(file);
        assertFalse(report.succeeded());
        assertEquals(
                "align.outputDirectory: error: outputDirectory " + file
                        + " is a file, not a folder; building there would replace it."
                        + " Set align.outputDirectory to a folder of its own, such as site/",
                report.problems().get(0).format());
        assertEquals("not a folder", Files.readString(file));
    }

    @Test
    void outputThroughASymlinkIntoContentIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(project.resolve("site"), project.resolve("content"));
        BuildReport linkedFolder = buildInto(link);
        assertFalse(linkedFolder.succeeded());
        assertTrue(
                linkedFolder.problems().get(0).message().contains("is the content folder"),
                linkedFolder.problems().toString());

        Path elsewhere = Files.createSymbolicLink(dir.resolve("out"), project.resolve("content"));
        BuildReport inside = buildInto(elsewhere.resolve("generated"));
        assertFalse(inside.succeeded());
        assertTrue(
                inside.problems().get(0).message().contains("is inside the content folder"),
                inside.problems().toString());
        assertFalse(Files.exists(project.resolve("content/generated")));
    }

    @Test
    void danglingSiteSymlinkIsRefusedClearly() throws IOException {
        Path link = Files.createSymbolicLink(project.resolve("site"), dir.resolve("www/kits"));
        BuildReport report = buildInto(link);
        assertFalse(report.succeeded());
        assertEquals(
                "outputDirectory " + link + " is a symbolic link to " + dir.resolve("www/kits")
                        + ", which does not exist;" + " create that folder or remove the link",
                report.problems().get(0).message());
    }

    @Test
    void siteSymlinkToAWebRootUpdatesTheWebRootAndKeepsTheLink() throws IOException {
        Path webRoot = Files.createDirectories(dir.resolve("www/kits"));
        Path link = Files.createSymbolicLink(project.resolve("site"), webRoot);
        BuildReport report = buildInto(link);
        assertTrue(report.succeeded(), report.problems().toString());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.isRegularFile(webRoot.resolve("facilitators/alignment-day/index.html")));
    }

    @Test
    void siteBuiltBeforeIsRecognisedAfterMvnCleanResetTheBooks() throws IOException {
        assertTrue(buildInto(project.resolve("site")).succeeded());
        Files.writeString(project.resolve("site/.htaccess"), "Require all granted");
        Map<String, byte[]> before = BuildProcess.snapshot(project.resolve("site"));
        BuildProcess.deleteTree(project.resolve("target"));
        BuildReport again = buildInto(project.resolve("site"));
        assertTrue(again.succeeded(), again.problems().toString());
        Map<String, byte[]> after = BuildProcess.snapshot(project.resolve("site"));
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
    }
}
