package dev.alignkit.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.alignkit.diagnostics.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk or a read-only output folder ends the build with a clear error and leaves the previous site as it
 * was. Uses a small tmpfs, so it needs the right to mount (root on Linux); elsewhere it is skipped.
 */
class HostileDiskTest {
    @TempDir
    Path dir;

    private Path disk;
    private Path project;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        disk = Files.createDirectories(dir.resolve("disk"));
        assumeTrue(
                run("mount", "-t", "tmpfs", "-o", "size=1500k", "tmpfs", disk.toString()) == 0,
                "mounting a tmpfs is not permitted here; the full-disk test needs root on Linux");
        project = BuildProcess.exampleProject(dir.resolve("project"));
    }

    @AfterEach
    void unmount() throws Exception {
        if (disk != null) {
            run("umount", "-l", disk.toString());
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start()
                .waitFor();
    }

    private BuildConfig config(boolean pdf) {
        return BuildConfig.forProject(project)
                .withOutputDirectory(disk.resolve("site"))
                .withPdf(pdf);
    }

    @Test
    void fullDiskEndsInAClearErrorAndTheOldSiteIsIntact() throws Exception {
        assertTrue(new SiteBuilder(config(false)).build().succeeded(), "the HTML-only site fits on the small disk");
        Map<String, byte[]> before = BuildProcess.snapshot(disk.resolve("site"));

        BuildReport full = new SiteBuilder(config(true)).build();

        assertFalse(full.succeeded(), "the PDFs do not fit");
        Problem problem = full.problems().get(0);
        assertTrue(problem.message().startsWith("cannot write the site to " + disk.resolve("site")), problem.message());
        assertTrue(problem.message().contains("No space left on device"), problem.message());
        assertTrue(problem.message().endsWith("The previous site was left as it was"), problem.message());
        Map<String, byte[]> after = BuildProcess.snapshot(disk.resolve("site"));
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
        assertFalse(Files.exists(disk.resolve(".site.staging")), "the half-written staging folder is removed");
    }

    @Test
    void readOnlyOutputEndsInAClearErrorAndTheOldSiteIsIntact() throws Exception {
        assertTrue(new SiteBuilder(config(false)).build().succeeded());
        Map<String, byte[]> before = BuildProcess.snapshot(disk.resolve("site"));
        Files.writeString(
                project.resolve("content/alignment-day.yaml"),
                "\n# changed\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertEquals(0, run("mount", "-o", "remount,ro", disk.toString()));

        BuildReport report = new SiteBuilder(config(false)).build();

        assertFalse(report.succeeded());
        String message = report.problems().get(0).message();
        assertTrue(message.startsWith("cannot write the site to "), message);
        assertTrue(message.contains("Read-only file system"), message);
        assertEquals(
                before.keySet(), BuildProcess.snapshot(disk.resolve("site")).keySet());
    }
}
