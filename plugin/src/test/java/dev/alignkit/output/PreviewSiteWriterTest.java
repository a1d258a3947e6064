package dev.alignkit.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewSiteWriterTest {
    @TempDir
    Path work;

    private Path preview() {
        return work.resolve("preview");
    }

    private PreviewSiteWriter open() throws IOException {
        return PreviewSiteWriter.open(preview(), new Bookkeeping(work, "preview"))
                .orElseThrow();
    }

    @Test
    void filesTheNewBuildNoLongerHasAreRemovedAndCarriedFilesStay() throws IOException {
        try (PreviewSiteWriter first = open()) {
            first.write("index.html", "one");
            first.write("old-kit/index.html", "old");
            first.commit("state");
        }
        try (PreviewSiteWriter second = open()) {
            assertTrue(second.unchanged("index.html"));
            second.carry("index.html", preview().resolve("index.html"));
            second.write("new-kit/index.html", "new");
            second.commit("state");
        }
        assertEquals("one", Files.readString(preview().resolve("index.html")), "carried files stay as they are");
        assertEquals("new", Files.readString(preview().resolve("new-kit/index.html")));
        assertFalse(Files.exists(preview().resolve("old-kit")), "a removed kit's folder goes");
    }

    @Test
    void filesAFailedBuildWroteAreNoticedAndRemovedByTheNextGoodOne() throws IOException {
        try (PreviewSiteWriter good = open()) {
            good.write("kit/index.html", "good");
            good.commit("state");
        }
        try (PreviewSiteWriter failed = open()) {
            failed.write("kit/index.html", "rejected");
            failed.write("kit/extra.html", "rejected");
        }
        try (PreviewSiteWriter next = open()) {
            assertFalse(next.unchanged("kit/index.html"), "the rejected page is not taken for the good one");
            assertFalse(next.allUnchanged());
            next.write("kit/index.html", "good");
            next.commit("state");
        }
        assertFalse(Files.exists(preview().resolve("kit/extra.html")));
    }

    @Test
    void aSecondPreviewBuildWaitsForTheLock() throws IOException {
        try (PreviewSiteWriter first = open()) {
            assertTrue(PreviewSiteWriter.open(preview(), new Bookkeeping(work, "preview"))
                    .isEmpty());
        }
    }

    @Test
    void aStreamedFileWithTheLastBuildsBytesIsLeftInPlaceAndAChangedOneReplaced() throws IOException {
        try (PreviewSiteWriter first = open()) {
            first.write("facilitators/actions.html", (StreamedText) out -> out.write("ledger, Müller"));
            first.write("facilitators/actions.csv", (StreamedText) out -> out.write("old"));
            first.commit("state");
        }
        Path ledger = preview().resolve("facilitators/actions.html");
        Path csv = preview().resolve("facilitators/actions.csv");
        Object ledgerBefore = inode(ledger);
        Object csvBefore = inode(csv);
        try (PreviewSiteWriter second = open()) {
            second.write("facilitators/actions.html", (StreamedText) out -> out.write("ledger, Müller"));
            second.write("facilitators/actions.csv", (StreamedText) out -> out.write("new"));
            second.commit("state");
        }
        assertEquals(ledgerBefore, inode(ledger), "the same bytes: the served file is not replaced");
        assertNotEquals(csvBefore, inode(csv));
        assertEquals("new", Files.readString(csv));
        try (Stream<Path> files = Files.list(preview().resolve("facilitators"))) {
            assertEquals(
                    List.of(),
                    files.filter(f -> f.getFileName().toString().endsWith(".tmp"))
                            .toList());
        }
        try (PreviewSiteWriter third = open()) {
            assertTrue(third.unchanged("facilitators/actions.html"));
            assertTrue(third.unchanged("facilitators/actions.csv"));
        }
    }

    private static Object inode(Path path) throws IOException {
        return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                .fileKey();
    }
}
