package dev.alignkit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second build renders only what changed; removed kits leave the site. */
class IncrementalBuildTest {
    @TempDir
    Path dir;
    private Path project;
    private BuildConfig config;

    @BeforeEach
    void buildOnce() throws IOException {
        project = BuildProcess.exampleProject(dir.resolve("project"));
        config = BuildConfig.forProject(project).withPdf(false);
        BuildReport first = new SiteBuilder(config).build();
        assertTrue(first.succeeded(), first.problems().toString());
        assertEquals(4, first.renderedKits());
    }

    @Test
    void secondBuildWithNothingChangedRendersNothing() throws IOException {
        String index = Files.readString(project.resolve("site/index.html"));
        BuildReport second = new SiteBuilder(config).build();
        assertTrue(second.succeeded());
        assertEquals(0, second.renderedKits());
        assertEquals(0, second.files());
        assertTrue(second.summary().contains("site is up to date"), second.summary());
        assertEquals(index, Files.readString(project.resolve("site/index.html")));
    }

    @Test
    void changedKitIsRenderedAgainAndTheOthersAreCarriedOver() throws IOException {
        Path kit = project.resolve("content/alignment-day.yaml");
        Files.writeString(kit, Files.readString(kit).replaceFirst("(?m)^title: .*$", "title: Alignment Day Revisited"));
        BuildReport second = new SiteBuilder(config).build();
        assertTrue(second.succeeded(), second.problems().toString());
        assertEquals(1, second.renderedKits());
        assertEquals(4, second.kits());
        assertTrue(Files.readString(project.resolve("site/alignment-day/index.html")).contains("Alignment Day Revisited"));
        assertTrue(Files.readString(project.resolve("site/index.html")).contains("Alignment Day Revisited"), "the index lists the kit");
        assertTrue(Files.isRegularFile(project.resolve("site/organizational-alignment/providing-clarity.html")), "carried over");
    }

    @Test
    void removedKitDisappearsFromTheSite() throws IOException {
        Files.delete(project.resolve("content/alignment-day.yaml"));
        BuildReport second = new SiteBuilder(config).build();
        assertTrue(second.succeeded());
        assertFalse(Files.exists(project.resolve("site/alignment-day")));
        assertFalse(Files.readString(project.resolve("site/index.html")).contains("alignment-day/index.html"));
    }

    @Test
    void changedTemplateRendersEveryKitAgain() throws IOException {
        Files.createDirectories(project.resolve("templates/i18n"));
        Files.writeString(project.resolve("templates/i18n/messages.properties"), "agenda=Running order\n");
        BuildReport second = new SiteBuilder(config).build();
        assertTrue(second.succeeded());
        assertEquals(4, second.renderedKits());
    }

    @Test
    void changedConfigurationRendersEveryKitAgain() {
        BuildReport second = new SiteBuilder(config.withPdf(true)).build();
        assertTrue(second.succeeded());
        assertEquals(4, second.renderedKits());
    }
}
