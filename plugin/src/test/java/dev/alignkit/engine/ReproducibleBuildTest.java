package dev.alignkit.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds of the same content, under other clocks, time zones and locales, write the same bytes. */
class ReproducibleBuildTest {

    @Test
    void buildsUnderDifferentTimeZonesAndLocalesAreByteIdentical(@TempDir Path dir) throws Exception {
        Path project = BuildProcess.exampleProject(dir.resolve("project"));
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        String timestamp = "2026-01-01T00:00:00Z";
        assertEquals(
                0,
                BuildProcess.run(
                        project,
                        dir.resolve("first.log"),
                        Map.of("TZ", "Pacific/Auckland", "LANG", "de_DE.UTF-8"),
                        "--output",
                        first.toString(),
                        "--timestamp",
                        timestamp),
                Files.readString(dir.resolve("first.log")));
        Thread.sleep(1100);
        assertEquals(
                0,
                BuildProcess.run(
                        project,
                        dir.resolve("second.log"),
                        Map.of("TZ", "America/Los_Angeles", "LANG", "fr_FR.UTF-8"),
                        "--output",
                        second.toString(),
                        "--timestamp",
                        timestamp),
                Files.readString(dir.resolve("second.log")));

        Map<String, byte[]> a = BuildProcess.snapshot(first);
        Map<String, byte[]> b = BuildProcess.snapshot(second);
        assertEquals(a.keySet(), b.keySet());
        a.forEach((path, bytes) -> assertArrayEquals(bytes, b.get(path), path + " differs between the two builds"));
    }
}
