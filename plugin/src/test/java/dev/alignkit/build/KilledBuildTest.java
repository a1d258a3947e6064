package dev.alignkit.build;

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
        assertEquals(0, BuildProcess.run(project, dir.resolve("first.log"), Map.of(), "--no-pdf"), Files.readString(dir.resolve("first.log")));
        Path site = project.resolve("site");
        Map<String, byte[]> before = BuildProcess.snapshot(site);

        Path staging = site.resolveSibling(".site.staging");
        Process build = BuildProcess.builder(project, Map.of()).redirectOutput(dir.resolve("killed.log").toFile()).start();
        long deadline = System.currentTimeMillis() + 60_000;
        while (!Files.isDirectory(staging) && build.isAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(build.isAlive(), "the build finished before it could be killed; " + Files.readString(dir.resolve("killed.log")));
        build.destroyForcibly().waitFor();

        Map<String, byte[]> after = BuildProcess.snapshot(site);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));

        assertEquals(0, BuildProcess.run(project, dir.resolve("again.log"), Map.of(), "--no-pdf"), "the next build recovers");
        assertTrue(!Files.exists(staging), "no staging folder is left behind");
    }
}
