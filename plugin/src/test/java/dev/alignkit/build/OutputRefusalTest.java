package dev.alignkit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A misconfigured output folder is refused before anything is touched. */
class OutputRefusalTest {

    @Test
    void outputOnTheProjectOrContentFolderIsRefusedAndNothingIsTouched(@TempDir Path dir) throws IOException {
        Path project = BuildProcess.exampleProject(dir.resolve("project"));
        Map<String, byte[]> before = BuildProcess.snapshot(project);
        for (Path output : new Path[] {project, project.resolve("content"), dir, project.resolve("templates")}) {
            BuildReport report = new SiteBuilder(BuildConfig.forProject(project).withOutputDirectory(output)).build();
            assertFalse(report.succeeded(), output.toString());
            assertTrue(report.problems().get(0).format().startsWith("pom.xml:1:1: error: outputDirectory " + output), report.problems().toString());
        }
        assertEquals(before.keySet(), BuildProcess.snapshot(project).keySet());
        assertFalse(Files.exists(dir.resolve(".project.lock")));
    }
}
