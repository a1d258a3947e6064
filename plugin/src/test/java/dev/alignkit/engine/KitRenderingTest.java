package dev.alignkit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.content.Kit;
import dev.alignkit.content.KitDefaults;
import dev.alignkit.content.KitLoader;
import dev.alignkit.content.LoadResult;
import dev.alignkit.diagnostics.Problem;
import dev.alignkit.output.LinkChecker;
import dev.alignkit.output.MemorySite;
import dev.alignkit.output.SiteSink;
import dev.alignkit.render.CalendarFile;
import dev.alignkit.render.MarkdownRenderer;
import dev.alignkit.safety.UrlPolicy;
import dev.alignkit.render.Messages;
import dev.alignkit.render.PrintPages;
import dev.alignkit.render.SitePages;
import dev.alignkit.render.SiteSettings;
import dev.alignkit.render.TemplateRenderer;
import dev.alignkit.render.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every value the loader accepts renders; what still fails is a problem at the kit's file, and output grows linearly. */
class KitRenderingTest {
    @TempDir
    Path project;

    private Path content() throws IOException {
        return Files.createDirectories(project.resolve("content"));
    }

    private BuildReport build() {
        return new SiteBuilder(BuildConfig.forProject(project).withPdf(false)).build();
    }

    private String site(String path) throws IOException {
        return Files.readString(project.resolve("site").resolve(path));
    }

    @Test
    void attachmentWithSpacesAndReservedCharactersIsLinkedPercentEncoded() throws IOException {
        Files.writeString(Files.createDirectories(content().resolve("files")).resolve("agenda #1? 100%.pdf"), "%PDF-1.4");
        Files.writeString(content().resolve("kit.yaml"),
                "title: Kit\nattachments:\n  - file: \"files/agenda #1? 100%.pdf\"\nsessions:\n  - title: A\n    prompt: Why?\n");

        BuildReport report = build();

        assertTrue(report.succeeded(), report.problems().toString());
        assertTrue(site("kit/index.html").contains("kit/files/files/agenda%20%231%3F%20100%25.pdf\""), site("kit/index.html"));
        assertEquals("%PDF-1.4", site("kit/files/files/agenda #1? 100%.pdf"));
    }

    @Test
    void timedSessionInAFixedOffsetZoneBuildsItsCalendar() throws IOException {
        Files.writeString(content().resolve("kit.yaml"), "title: Kit\nstart: 2027-01-11\ntimezone: GMT+2\nsessions:\n"
                + "  - title: A\n    week: 1\n    start_time: \"09:00\"\n    duration: 30\n    prompt: Why?\n");

        BuildReport report = build();

        assertTrue(report.succeeded(), report.problems().toString());
        assertTrue(site("kit/kit.ics").contains("DTSTART;TZID=Etc/GMT-2:20270111T090000"), site("kit/kit.ics"));
    }

    @Test
    void sessionPagesListAWindowOfSessionsSoTheSiteGrowsLinearly() throws IOException {
        StringBuilder yaml = new StringBuilder("title: Kit\nsessions:\n");
        for (int i = 1; i <= 60; i++) {
            yaml.append("  - title: Session ").append(i).append("\n    prompt: Why?\n");
        }
        Files.writeString(content().resolve("kit.yaml"), yaml);

        BuildReport report = build();

        assertTrue(report.succeeded(), report.problems().toString());
        Pattern listed = Pattern.compile("class=\"kit-session-title\"");
        for (String page : List.of("kit/session-1.html", "kit/session-30.html", "kit/session-60.html")) {
            assertEquals(11, listed.matcher(site(page)).results().count(), page);
        }
        String middle = site("kit/session-30.html");
        assertTrue(middle.contains(">Sessions 1–24</a>") && middle.contains(">Sessions 36–60</a>"), middle);
    }

    // --- KitRenderer on its own ---

    private static Kit kit(Path content, String yaml) throws IOException {
        Path file = Files.writeString(content.resolve("kit.yaml"), yaml);
        LoadResult loaded = new KitLoader(content, content.getParent(), KitDefaults.english()).load(file);
        assertEquals(List.of(), loaded.problems());
        return loaded.kits().get(0);
    }

    private static KitRenderer publisher(SiteSink sink, long budget) {
        Theme theme = new Theme(Optional.empty());
        TemplateRenderer templates = new TemplateRenderer(theme);
        SiteSettings settings = new SiteSettings("Alignkit", Optional.empty(), "Alignkit");
        UrlPolicy urls = UrlPolicy.withoutRemoteImages();
        return new KitRenderer(new MarkdownRenderer(urls), new KitRenderer.KitFiles(Path.of("."), Path.of("content"), theme, urls),
                new SitePages(templates, settings),
                new PrintPages(templates, settings, PageSize.A4.css()), Optional.empty(), new CalendarFile(Optional.empty(), Optional.empty()),
                sink, new LinkChecker(), new StageTimes(), budget);
    }

    @Test
    void failureWhileRenderingAKitIsAProblemAtItsFileNotAStackTrace() throws IOException {
        Kit kit = kit(content(), "title: Kit\nsessions:\n  - title: A\n    prompt: Why?\n");
        SiteSink failing = new SiteSink() {
            @Override
            public void write(String path, byte[] bytes) {
                throw new IllegalStateException("disk says no\n::error::forged");
            }

            @Override
            public void copy(String path, Path source) {
                throw new IllegalStateException("not expected");
            }

            @Override
            public Set<String> paths() {
                return Set.of();
            }
        };
        List<Problem> problems = new ArrayList<>();

        Optional<KitRenderer.Published> published = publisher(failing, KitRenderer.MAX_KIT_OUTPUT_BYTES)
                .publish(kit, Messages.load(new Theme(Optional.empty()), "en"), problems::add);

        assertTrue(published.isEmpty());
        assertEquals(List.of("content/kit.yaml:1:1: error: cannot render kit 'kit': IllegalStateException: disk says no\\n::error::forged;"
                + " this is a bug in Alignkit, please report it with this kit"), problems.stream().map(Problem::format).toList());
    }

    @Test
    void kitWhosePagesPassTheOutputBudgetIsRefusedAtItsFile() throws IOException {
        Kit kit = kit(content(), "title: Kit\nsessions:\n  - title: A\n    prompt: Why?\n  - title: B\n    prompt: Why not?\n");
        List<Problem> problems = new ArrayList<>();

        Optional<KitRenderer.Published> published = publisher(new MemorySite(), 10_000)
                .publish(kit, Messages.load(new Theme(Optional.empty()), "en"), problems::add);

        assertTrue(published.isEmpty());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).format().matches("content/kit\\.yaml:1:1: error: the kit's pages and documents pass 10 KB at kit/"
                + "[a-z.-]+; shorten the kit or split it into several kits"), problems.get(0).format());
    }
}
