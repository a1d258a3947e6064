package dev.alignkit.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code align:serve} builds into a folder of its own: what it renders, rejected pages included, never reaches site/. */
class PreviewIsolationTest {
    @TempDir
    Path dir;

    private Path project;
    private BuildConfig config;
    private Path kit;
    private String original;

    @BeforeEach
    void publishOnce() throws IOException {
        project = BuildProcess.exampleProject(dir.resolve("project"));
        config = BuildConfig.forProject(project).withPdf(false);
        kit = project.resolve("content/alignment-day.yaml");
        original = Files.readString(kit);
        assertTrue(new SiteBuilder(config).build().succeeded());
    }

    /** Loads and renders, then fails the link check: the kit's pages are written before the build is rejected. */
    private void breakTheKitAfterItsPagesAreWritten() throws IOException {
        Files.writeString(
                kit,
                original.replace(
                        "Some strategies are too important",
                        "[Rejected](missing-page.html) strategies are too important"));
    }

    private static void assertSameFiles(Map<String, byte[]> before, Map<String, byte[]> after) {
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
    }

    @Test
    void previewBuildsIntoTheWorkDirectoryAndLeavesThePublishedSiteAlone() throws IOException {
        Map<String, byte[]> published = BuildProcess.snapshot(project.resolve("site"));
        Files.writeString(kit, original.replaceFirst("(?m)^title: .*$", "title: Alignment Day Preview"));
        BuildReport preview = SiteBuilder.forPreview(config).build();
        assertTrue(preview.succeeded(), preview.problems().toString());
        assertEquals(project.resolve("target/alignkit/preview"), SiteBuilder.previewFolder(config));
        assertTrue(Files.readString(project.resolve("target/alignkit/preview/facilitators/alignment-day/index.html"))
                .contains("Alignment Day Preview"));
        assertSameFiles(published, BuildProcess.snapshot(project.resolve("site")));
    }

    @Test
    void rejectedPreviewPagesNeverReachTheSiteAndTheNextSiteBuildPublishesTheGoodOnes() throws IOException {
        Map<String, byte[]> published = BuildProcess.snapshot(project.resolve("site"));
        breakTheKitAfterItsPagesAreWritten();
        BuildReport preview = SiteBuilder.forPreview(config).build();
        assertFalse(preview.succeeded());
        assertTrue(
                preview.problems().toString().contains("missing-page.html"),
                preview.problems().toString());
        assertSameFiles(published, BuildProcess.snapshot(project.resolve("site")));

        BuildReport site = new SiteBuilder(config).build();
        assertFalse(site.succeeded(), "align:site rejects the kit as well");
        assertSameFiles(published, BuildProcess.snapshot(project.resolve("site")));

        Files.writeString(kit, original);
        BuildReport fixed = new SiteBuilder(config).build();
        assertTrue(fixed.succeeded(), fixed.problems().toString());
        assertFalse(Files.readString(project.resolve("site/facilitators/alignment-day/index.html"))
                .contains("missing-page.html"));
    }

    @Test
    void previewRendersAKitAgainWhoseRejectedPagesAreInItsFolder() throws IOException {
        SiteBuilder session = SiteBuilder.forPreview(config);
        assertTrue(session.build().succeeded());
        Path page = SiteBuilder.previewFolder(config).resolve("facilitators/alignment-day/index.html");
        String good = Files.readString(page);
        breakTheKitAfterItsPagesAreWritten();
        assertFalse(session.build().succeeded());
        assertTrue(
                Files.readString(page).contains("missing-page.html"),
                "the failed preview build wrote the rejected page");

        Files.writeString(kit, original);
        BuildReport reverted = session.build();
        assertTrue(reverted.succeeded(), reverted.problems().toString());
        assertFalse(reverted.summary().contains("up to date"), reverted.summary());
        assertEquals(good, Files.readString(page));
    }
}
