package dev.alignkit.artifact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.content.Kit;
import dev.alignkit.content.KitDefaults;
import dev.alignkit.content.KitLoader;
import dev.alignkit.content.LoadResult;
import dev.alignkit.diagnostics.Problem;
import dev.alignkit.engine.PageSize;
import dev.alignkit.output.MemorySite;
import dev.alignkit.output.SiteSink;
import dev.alignkit.render.CalendarFile;
import dev.alignkit.render.MarkdownRenderer;
import dev.alignkit.render.Messages;
import dev.alignkit.render.PrintPages;
import dev.alignkit.render.SitePages;
import dev.alignkit.render.SiteSettings;
import dev.alignkit.render.TemplateRenderer;
import dev.alignkit.render.Theme;
import dev.alignkit.safety.UrlPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One kit rendered on its own: a failure or an oversized kit is a problem at the kit's file, and the other kits go on. */
class KitRendererTest {
    @TempDir
    Path project;

    private Path content() throws IOException {
        return Files.createDirectories(project.resolve("content"));
    }

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
        RenderTools tools = new RenderTools(
                new MarkdownRenderer(urls),
                new SitePages(templates, settings),
                new PrintPages(templates, settings, PageSize.A4.css()),
                Optional.empty(),
                new CalendarFile(Optional.empty(), Optional.empty()),
                settings,
                new RenderTools.KitFiles(Path.of("."), Path.of("content"), theme, urls),
                new StageTimes());
        return new KitRenderer(tools, Artifacts.PER_KIT, sink, budget);
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
                .render(kit, Messages.load(new Theme(Optional.empty()), "en"), problems::add);

        assertTrue(published.isEmpty());
        assertEquals(
                List.of(
                        "content/kit.yaml:1:1: error: cannot render kit 'kit': IllegalStateException: disk says no\\n::error::forged;"
                                + " this is a bug in Alignkit, please report it with this kit"),
                problems.stream().map(Problem::format).toList());
    }

    @Test
    void kitWhosePagesPassTheOutputBudgetIsRefusedAtItsFile() throws IOException {
        Kit kit = kit(
                content(),
                "title: Kit\nsessions:\n  - title: A\n    prompt: Why?\n  - title: B\n    prompt: Why not?\n");
        List<Problem> problems = new ArrayList<>();

        Optional<KitRenderer.Published> published = publisher(new MemorySite(), 10_000)
                .render(kit, Messages.load(new Theme(Optional.empty()), "en"), problems::add);

        assertTrue(published.isEmpty());
        assertEquals(1, problems.size());
        assertTrue(
                problems.get(0)
                        .format()
                        .matches(
                                "content/kit\\.yaml:1:1: error: the kit's pages and documents pass 10 KB at facilitators/kit/"
                                        + "[a-z.-]+; shorten the kit or split it into several kits"),
                problems.get(0).format());
    }
}
