package dev.alignkit.artifact;

import dev.alignkit.artifact.StageTimes.Stage;
import dev.alignkit.content.Kit;
import dev.alignkit.diagnostics.Echo;
import dev.alignkit.diagnostics.Problem;
import dev.alignkit.diagnostics.SourcePosition;
import dev.alignkit.output.SiteSink;
import dev.alignkit.render.KitViewBuilder;
import dev.alignkit.render.Messages;
import dev.alignkit.render.SearchIndex;
import dev.alignkit.render.Views.KitView;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Renders one kit: builds its view, then runs each of its artifacts in turn into a sink that records the files the kit
 * owns and stops it at {@link #MAX_KIT_OUTPUT_BYTES}. A kit unchanged since the last build is not rendered again: its
 * files are carried over from the previous site.
 */
public final class KitRenderer {
    /** A kit in the new site: its view and search entries for the site-wide files, and the files it owns there. */
    public record Published(KitView view, String searchPart, List<String> files, boolean reused) {}

    /**
     * What one kit's pages, PDFs and calendar may add up to. The loader's limits keep a kit well below it; this catches
     * whatever multiplies text that they do not foresee.
     */
    public static final long MAX_KIT_OUTPUT_BYTES = 100L * 1024 * 1024;

    private final RenderTools tools;
    private final List<KitArtifact> artifacts;
    private final SiteSink sink;
    private final long outputBudget;

    public KitRenderer(RenderTools tools, List<KitArtifact> artifacts, SiteSink sink) {
        this(tools, artifacts, sink, MAX_KIT_OUTPUT_BYTES);
    }

    KitRenderer(RenderTools tools, List<KitArtifact> artifacts, SiteSink sink, long outputBudget) {
        this.tools = tools;
        this.artifacts = artifacts;
        this.sink = sink;
        this.outputBudget = outputBudget;
    }

    /**
     * Renders a kit, or reports why it could not at the kit's file: a value the loader accepted and a renderer did not
     * is a bug of ours, but the user sees which kit triggers it, and the other kits still build.
     */
    public Optional<Published> render(Kit kit, Messages msg, Consumer<Problem> problems) {
        BudgetSink owned = new BudgetSink(sink, outputBudget);
        try {
            UrlWarnings warnings = new UrlWarnings(kit, tools.files().projectDirectory(), problems);
            long started = System.nanoTime();
            KitView view = new KitViewBuilder(
                            tools.markdown().reportingTo(warnings::leftOut),
                            tools.settings().asOf())
                    .build(kit, msg);
            tools.times().add(Stage.HTML, started);
            KitJob job = new KitJob(kit, view, msg, owned, problems, warnings, tools);
            artifacts.forEach(artifact -> artifact.write(job));
            return Optional.of(new Published(view, job.searchPart(), owned.files(), false));
        } catch (BudgetSink.OverBudget e) {
            problems.accept(Problem.error(
                    SourcePosition.ofFile(kit.sourceFile()),
                    "the kit's pages and documents pass " + FileSize.text(outputBudget) + " at " + e.path()
                            + "; shorten the kit or split it into several kits"));
        } catch (RuntimeException e) {
            String cause = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            problems.accept(Problem.error(
                    SourcePosition.ofFile(kit.sourceFile()),
                    "cannot render kit '" + kit.id() + "': " + Echo.value(cause)
                            + "; this is a bug in Alignkit, please report it with this kit"));
        }
        return Optional.empty();
    }

    /** Carries a kit's files over from the previous site; only its view and search entries are built, for the index. */
    public Published reuse(Kit kit, Messages msg, Path previousSite, List<String> files) {
        long started = System.nanoTime();
        KitView view = new KitViewBuilder(tools.markdown(), tools.settings().asOf()).build(kit, msg);
        tools.times().add(Stage.HTML, started);
        return carry(new Published(view, SearchIndex.kitPart(view), files, true), previousSite, files);
    }

    /** Carries a kit's files over when even its view is still known from the previous build. */
    public Published carry(Published known, Path previousSite, List<String> files) {
        files.forEach(path -> sink.carry(path, previousSite.resolve(path)));
        return new Published(known.view(), known.searchPart(), files, true);
    }
}
