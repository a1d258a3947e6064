package dev.alignkit.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build killed with SIGKILL in the middle of writing leaves the previous site exactly as it was. */
class KilledBuildTest {

    @Test
    void killMidBuildLeavesThePreviousSiteByteForByte(@TempDir Path dir) throws Exception {
        Path project = BuildProcess.exampleProject(dir.resolve("project"));
        assertEquals(
                0,
                BuildProcess.run(project, dir.resolve("first.log"), Map.of(), "--no-pdf"),
                Files.readString(dir.resolve("first.log")));
        Path site = project.resolve("site");
        Map<String, byte[]> before = BuildProcess.snapshot(site);

        Path staging = site.resolveSibling(".site.staging");
        Process build = BuildProcess.builder(project, Map.of())
                .redirectOutput(dir.resolve("killed.log").toFile())
                .start();
        long deadline = System.currentTimeMillis() + 60_000;
        while (!Files.isDirectory(staging) && build.isAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(
                build.isAlive(),
                "the build finished before it could be killed; " + Files.readString(dir.resolve("killed.log")));
        build.destroyForcibly().waitFor();

        Map<String, byte[]> after = BuildProcess.snapshot(site);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));

        assertEquals(
                0,
                BuildProcess.run(project, dir.resolve("again.log"), Map.of(), "--no-pdf"),
                "the next build recovers");
        assertTrue(!Files.exists(staging), "no staging folder is left behind");
    }

    /**
     * A build killed between its two renames leaves the site set aside as {@code .site.previous}. Whichever goal runs
     * next (here the preview, then a check) puts it back first, the user's own files with it.
     */
    @Test
    void previewAndCheckAfterAKillBetweenTheRenamesPutTheSiteBackWithTheUsersFiles(@TempDir Path dir) throws Exception {
        Path project = BuildProcess.exampleProject(dir.resolve("project"));
        BuildConfig config = BuildConfig.forProject(project).withPdf(false);
        assertTrue(new SiteBuilder(config).build().succeeded());
        Path site = project.resolve("site");
        Files.writeString(site.resolve("NOTES.md"), "the user's own file");
        Map<String, byte[]> before = BuildProcess.snapshot(site);
        Files.move(site, site.resolveSibling(".site.previous"));

        assertTrue(SiteBuilder.forPreview(config).build().succeeded());
        assertSiteIs(before, site);

        Files.move(site, site.resolveSibling(".site.previous"));
        assertTrue(new SiteBuilder(config).check().succeeded());
        assertSiteIs(before, site);

        assertTrue(new SiteBuilder(config).build().succeeded());
        assertEquals("the user's own file", Files.readString(site.resolve("NOTES.md")));
        assertTrue(!Files.exists(site.resolveSibling(".site.previous")));
    }

    private static void assertSiteIs(Map<String, byte[]> expected, Path site) {
        Map<String, byte[]> actual = BuildProcess.snapshot(site);
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }
}
