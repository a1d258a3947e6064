package dev.alignkit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.output.Bookkeeping;
import dev.alignkit.output.SiteWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds of one project at the same time: one may be refused with a clear message, neither corrupts the site. */
class ConcurrentBuildTest {

    @Test
    void buildWhileAnotherProcessHoldsTheLockIsRefusedWithAClearMessage(@TempDir Path dir) throws Exception {
        Path project = BuildProcess.exampleProject(dir.resolve("project"));
        Bookkeeping books = new Bookkeeping(project.resolve("target/alignkit"), "site");
        try (var holder = SiteWriter.open(project.resolve("site"), books).orElseThrow()) {
            int exit = BuildProcess.run(project, dir.resolve("refused.log"), Map.of(), "--no-pdf");
            String log = Files.readString(dir.resolve("refused.log"));
            assertEquals(1, exit, log);
            assertTrue(
                    log.contains("align.outputDirectory: error: another build is writing " + project.resolve("site")
                            + " right now; wait for it to finish and run again"),
                    log);
        }
        assertEquals(
                0,
                BuildProcess.run(project, dir.resolve("after.log"), Map.of(), "--no-pdf"),
                "runs once the lock is free");
    }

    @Test
    void secondBuildIsRefusedClearlyAndTheSiteStaysWhole(@TempDir Path dir) throws Exception {
        Path project = BuildProcess.exampleProject(dir.resolve("project"));
        Process first = BuildProcess.builder(project, Map.of())
                .redirectOutput(dir.resolve("first.log").toFile())
                .start();
        Process second = BuildProcess.builder(project, Map.of())
                .redirectOutput(dir.resolve("second.log").toFile())
                .start();
        int a = first.waitFor();
        int b = second.waitFor();
        String logs = Files.readString(dir.resolve("first.log")) + Files.readString(dir.resolve("second.log"));
        assertTrue(a == 0 || b == 0, logs);
        if (a != 0 || b != 0) {
            assertTrue(logs.contains("another build is writing"), logs);
        }
        Path site = project.resolve("site");
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
        List<String> manifest = Files.readAllLines(project.resolve("target/alignkit/site.manifest"));
        assertEquals("settled true", manifest.get(2), "the manifest is not left half-way by the refused build");
        for (String line : manifest.subList(3, manifest.size())) {
            String path = line.substring(line.indexOf(' ') + 1);
            assertTrue(Files.isRegularFile(site.resolve(path)), "manifest lists a missing file: " + path);
        }
        assertEquals(0, BuildProcess.run(project, dir.resolve("third.log"), Map.of(), "--no-pdf"));
    }
}
