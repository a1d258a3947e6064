package dev.alignkit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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
        assertTrue(Files.readString(project.resolve("site/facilitators/alignment-day/index.html"))
                .contains("Alignment Day Revisited"));
        assertTrue(
                Files.readString(project.resolve("site/index.html")).contains("Alignment Day Revisited"),
                "the index lists the kit");
        assertTrue(
                Files.isRegularFile(
                        project.resolve("site/facilitators/organizational-alignment/providing-clarity.html")),
                "carried over");
    }

    @Test
    void removedKitDisappearsFromTheSite() throws IOException {
        Files.delete(project.resolve("content/alignment-day.yaml"));
        BuildReport second = new SiteBuilder(config).build();
        assertTrue(second.succeeded());
        assertFalse(Files.exists(project.resolve("site/alignment-day")));
        assertFalse(Files.readString(project.resolve("site/facilitators/index.html"))
                .contains("alignment-day/index.html"));
        assertFalse(Files.readString(project.resolve("site/index.html")).contains("alignment-day/participants.html"));
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

    @Test
    void pageTamperedWithInTheSiteIsRenderedAgainAlthoughNothingChanged() throws IOException {
        Path page = project.resolve("site/facilitators/alignment-day/index.html");
        String original = Files.readString(page);
        Files.writeString(page, "<script>alert('not what the kit says')</script>");
        BuildReport second = new SiteBuilder(config).build();
        assertTrue(second.succeeded(), second.problems().toString());
        assertFalse(second.summary().contains("up to date"), second.summary());
        assertEquals(1, second.renderedKits(), "only the kit whose page changed");
        assertEquals(original, Files.readString(page));
    }

    @Test
    void tamperedPageOfAnUnchangedKitIsRenderedAgainWhenAnotherKitChanges() throws IOException {
        Path page = project.resolve("site/facilitators/organizational-alignment/providing-clarity.html");
        String original = Files.readString(page);
        Files.writeString(page, original.replace("</body>", "<iframe src=\"https://evil.example\"></iframe></body>"));
        Path kit = project.resolve("content/alignment-day.yaml");
        Files.writeString(kit, Files.readString(kit).replaceFirst("(?m)^title: .*$", "title: Alignment Day Revisited"));
        BuildReport second = new SiteBuilder(config).build();
        assertTrue(second.succeeded(), second.problems().toString());
        assertEquals(2, second.renderedKits());
        assertEquals(original, Files.readString(page));
    }

    @Test
    void pageDeletedFromTheSiteIsRenderedAgain() throws IOException {
        Files.delete(project.resolve("site/index.html"));
        BuildReport second = new SiteBuilder(config).build();
        assertTrue(second.succeeded(), second.problems().toString());
        assertTrue(Files.isRegularFile(project.resolve("site/index.html")));
    }

    @Test
    void theSiteHoldsNoBookkeepingAndTheProjectRootNoLock() throws IOException {
        try (Stream<Path> files = Files.walk(project.resolve("site"))) {
            assertEquals(
                    List.of(),
                    files.map(p -> p.getFileName().toString())
                            .filter(n -> n.startsWith("."))
                            .toList());
        }
        try (Stream<Path> files = Files.list(project)) {
            assertEquals(
                    List.of("content", "site", "target"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
