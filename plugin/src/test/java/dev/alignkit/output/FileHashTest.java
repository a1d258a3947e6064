package dev.alignkit.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileHashTest {
    @TempDir
    Path dir;

    @Test
    void aFileChangedSinceItWasHashedIsHashedAgainEvenAtTheSameSize() throws Exception {
        Path file = write("page.html", "aaaa");
        FileHash.of(file);
        FileTime before = Files.getLastModifiedTime(file);

        Files.writeString(file, "bbbb");
        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 1000));

        assertEquals(FileHash.of("bbbb".getBytes(StandardCharsets.UTF_8)), FileHash.of(file));
    }

    @Test
    void aHashIsGivenAgainWithoutReadingWhileSizeAndTimeMatch() throws Exception {
        Path file = write("page.html", "aaaa");
        FileTime time = Files.getLastModifiedTime(file);
        String known = FileHash.of(file);

        // the trade-off make and rsync accept: same size and time is taken for the same bytes
        Files.writeString(file, "bbbb");
        Files.setLastModifiedTime(file, time);

        assertEquals(known, FileHash.of(file));
    }

    @Test
    void aWrittenFileIsKnownAfterItsFolderIsRenamed() throws Exception {
        Path staged = write("staging/page.html", "aaaa");
        FileHash.wrote(staged, "hash-on-record");

        Path published = Files.move(dir.resolve("staging"), dir.resolve("site"));

        assertEquals("hash-on-record", FileHash.of(published.resolve("page.html")));
    }

    private Path write(String path, String text) throws Exception {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
