package dev.alignkit.engine;

import dev.alignkit.artifact.Artifacts;
import dev.alignkit.artifact.CheckedSink;
import dev.alignkit.artifact.KitRenderer;
import dev.alignkit.artifact.KitRenderer.Published;
import dev.alignkit.artifact.RenderTools;
import dev.alignkit.artifact.SiteArtifact;
import dev.alignkit.artifact.SiteJob;
import dev.alignkit.artifact.StageTimes;
import dev.alignkit.artifact.StageTimes.Stage;
import dev.alignkit.content.Kit;
import dev.alignkit.content.KitLoader;
import dev.alignkit.content.LoadResult;
import dev.alignkit.diagnostics.Problem;
import dev.alignkit.diagnostics.ProblemLog;
import dev.alignkit.diagnostics.SourcePosition;
import dev.alignkit.output.MemorySite;
import dev.alignkit.output.OutputLocation;
import dev.alignkit.output.SiteOutput;
import dev.alignkit.output.SiteSink;
import dev.alignkit.output.SiteWriter;
import dev.alignkit.pdf.FontFile;
import dev.alignkit.render.ActionsLedger;
import dev.alignkit.render.CalendarFile;
import dev.alignkit.render.MarkdownRenderer;
import dev.alignkit.render.Messages;
import dev.alignkit.render.PrintPages;
import dev.alignkit.render.SitePages;
import dev.alignkit.render.SiteSettings;
import dev.alignkit.render.TemplateRenderer;
import dev.alignkit.render.Theme;
import dev.alignkit.render.Views.KitView;
import dev.alignkit.safety.UrlPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The pipeline, one step per line in {@link #build()}: check the output location, load the kits, validate them, plan
 * what changed, render every kit's and the site's artifacts, check every internal link, then publish the new site.
 * Nothing reaches the output folder unless every step succeeded. {@link #check()} runs the same steps in memory.
 */
public final class SiteBuilder {
    static final String FONTS = "print/fonts";

    private final BuildConfig config;
    private final SiteTarget target;
    private final BuildMemory memory;
    private final Workers workers = new Workers();

    public SiteBuilder(BuildConfig config) {
        this(config, SiteTarget.published(config), BuildMemory.none(config));
    }

    /**
     * A builder for {@code align:serve}: it builds into a folder of its own under the work directory (see
     * {@link #previewFolder}), never into the published site, and changed files go straight into it instead of a
     * staged copy that is swapped in, so a one-kit edit among many kits is quick.
     */
    public static SiteBuilder forPreview(BuildConfig config) {
        return new SiteBuilder(config, SiteTarget.preview(config), new PreviewMemory(config));
    }

    private SiteBuilder(BuildConfig config, SiteTarget target, BuildMemory memory) {
        this.config = config;
        this.target = target;
        this.memory = memory;
    }

    /** Where {@code align:serve} builds and serves the preview: never the published site. */
    public static Path previewFolder(BuildConfig config) {
        return SiteTarget.previewFolder(config);
    }

    /** Builds the site into the output folder, re-rendering only kits that changed since the last build. */
    public BuildReport build() {
        return build(BuildProgress.silent());
    }

    /** {@link #build()}, telling {@code progress} what it is doing while it takes long. */
    public BuildReport build(BuildProgress progress) {
        Run run = new Run(progress);
        return guardOutput(run)
                .then(ok -> load(run))
                .then(loaded -> validate(run, loaded))
                .then(kits -> intoOutput(
                        run,
                        output -> plan(run, kits, output)
                                .then(plan -> render(run, kits, plan, output))
                                .then(site -> check(run, site))
                                .then(site -> publish(run, site, output))))
                .report(report -> report);
    }

    /** Loads, validates and renders everything, checks links, and writes nothing. */
    public BuildReport check() {
        Run run = new Run(BuildProgress.silent());
        MemorySite memory = new MemorySite();
        return recoverUnlessRefused(run)
                .then(ok -> load(run))
                .then(loaded -> validate(run, loaded))
                .then(kits -> render(run, kits, Plan.everything(target.folder()), memory))
                .then(site -> check(run, site))
                .report(site -> site.report(memory.paths().size(), run));
    }

    // --- the steps ---

    /**
     * The published site's location is checked by every goal, the preview's too: {@code align:serve} and
     * {@code align:check} also put back a site that a killed {@code align:site} left aside.
     */
    private Outcome<Boolean> guardOutput(Run run) {
        List<String> refused = refusals();
        return refused.isEmpty()
                ? recoverPublishedSite(run)
                : Outcome.stop(
                        run.failed(refused.stream().map(this::outputProblem).toList()));
    }

    private Outcome<Boolean> recoverUnlessRefused(Run run) {
        return refusals().isEmpty() ? recoverPublishedSite(run) : Outcome.next(true);
    }

    private List<String> refusals() {
        List<String> messages = new ArrayList<>(OutputLocation.problems(
                config.outputDirectory(),
                config.projectDirectory(),
                config.contentDirectory(),
                config.templatesDirectory()));
        if (messages.isEmpty()) {
            messages.addAll(target.ownershipProblems());
        }
        return messages;
    }

    /** Puts back the published site if a killed build left it aside, before anything else is written or read. */
    private Outcome<Boolean> recoverPublishedSite(Run run) {
        try {
            SiteWriter.recoverInterruptedSwap(config.outputDirectory(), SiteTarget.publishedBooks(config));
            return Outcome.next(true);
        } catch (IOException | UncheckedIOException e) {
            Path output = config.outputDirectory();
            return Outcome.stop(run.failed(List.of(Problem.error(
                    SourcePosition.ofSetting(SiteTarget.OUTPUT_DIRECTORY),
                    "cannot put"
                            + " back the site that an interrupted build left at "
                            + output.resolveSibling("." + output.getFileName() + ".previous")
                            + ": " + e.getMessage() + "; move that folder back to " + output + " by hand"))));
        }
    }

    private Outcome<Loaded> load(Run run) {
        run.progress().stage("load");
        long started = System.nanoTime();
        KitLoader loader = memory.loader();
        LoadResult result = loader.loadAll();
        run.times().add(Stage.LOAD, started);
        return Outcome.next(new Loaded(loader, result, memory.theme()));
    }

    private Outcome<Loaded> validate(Run run, Loaded loaded) {
        run.progress().stage("validate");
        if (loaded.result().hasErrors()) {
            return Outcome.stop(run.failed(loaded.result().problems()));
        }
        List<Problem> problems = new ArrayList<>(loaded.result().problems());
        workers.run(() -> loaded.kits().parallelStream().map(memory::checks).toList())
                .forEach(problems::addAll);
        LoadResult validated = new LoadResult(loaded.kits(), List.copyOf(problems));
        if (validated.hasErrors()) {
            // sorted and capped as render problems are
            return Outcome.stop(run.failed(new ProblemLog(validated.problems()).toList()));
        }
        return Outcome.next(new Loaded(loaded.loader(), validated, loaded.theme()));
    }

    /** Planned under the lock, after the writer has put back a site that a killed build left aside. */
    private Outcome<Plan> plan(Run run, Loaded kits, SiteOutput output) {
        run.progress().stage("plan");
        BuildState current = IncrementalPlan.fingerprint(
                config,
                kits.theme(),
                kits.kits(),
                kit -> memory.fingerprint(kit, kits.loader().source(kit.id()).orElseThrow()));
        IncrementalPlan plan = IncrementalPlan.of(current, output);
        if (plan.upToDate()) {
            return Outcome.stop(new BuildReport(
                    true, kits.result().problems(), kits.kits().size(), 0, 0, 0, 0, run.took(), run.times()));
        }
        Map<String, String> prints = plan.kitPrints();
        Map<String, List<String>> reusable =
                plan.reusable(id -> memory.published(id, prints.get(id)).isPresent());
        return Outcome.next(new Plan(current, reusable, prints, output.output()));
    }

    private Outcome<RenderedSite> render(Run run, Loaded kits, Plan plan, SiteSink sink) {
        ProblemLog problems = new ProblemLog(kits.result().problems());
        CheckedSink checked = new CheckedSink(sink, run.times());
        run.progress().stage("render");
        run.progress().rendering(kits.kits().size(), checked::pdfs);
        RenderTools tools = tools(kits.theme(), run.times());
        KitRenderer renderer = new KitRenderer(tools, Artifacts.PER_KIT, checked);
        Map<String, Messages> messages = new ConcurrentHashMap<>();
        Function<String, Messages> labels =
                language -> messages.computeIfAbsent(language, l -> Messages.load(kits.theme(), l));

        List<Published> published = workers.run(() -> kits.kits().parallelStream()
                .flatMap(kit -> {
                    Optional<Published> done = publish(kit, labels.apply(kit.language()), renderer, plan, problems);
                    run.progress().kitDone();
                    return done.stream();
                })
                .toList());
        memory.keepOnly(plan.prints().keySet());

        List<KitView> inIndexOrder = inIndexOrder(published);
        SiteJob site = new SiteJob(
                inIndexOrder,
                searchParts(published),
                ActionsLedger.of(inIndexOrder, tools.settings().asOf()),
                labels.apply(config.language()),
                checked,
                problems,
                tools);
        for (SiteArtifact artifact : Artifacts.SITE_WIDE) {
            artifact.write(site);
        }
        RenderedSite rendered = new RenderedSite(problems, published, checked, plan, kits.theme());
        return problems.hasErrors() ? Outcome.stop(run.failed(problems.toList())) : Outcome.next(rendered);
    }

    private Outcome<RenderedSite> check(Run run, RenderedSite site) {
        run.progress().stage("check");
        site.sink()
                .brokenLinks()
                .forEach(message -> site.problems()
                        .accept(Problem.error(
                                SourcePosition.ofFile(site.templatesShown()),
                                "broken link: " + message + "; fix the link in the template or the kit")));
        return site.problems().hasErrors()
                ? Outcome.stop(run.failed(site.problems().toList()))
                : Outcome.next(site);
    }

    private Outcome<BuildReport> publish(Run run, RenderedSite site, SiteOutput output) {
        run.progress().stage("publish");
        long started = System.nanoTime();
        try {
            output.commit(site.state().serialize());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        run.times().add(Stage.WRITE, started);
        return Outcome.next(site.report(output.fileCount(), run));
    }

    // --- what the steps share ---

    /** Opens the output for the steps that write, and turns a failure to write into a problem with the folder. */
    private Outcome<BuildReport> intoOutput(Run run, Function<SiteOutput, Outcome<BuildReport>> steps) {
        try {
            Optional<? extends SiteOutput> opened = target.open();
            if (opened.isEmpty()) {
                return Outcome.stop(run.failed(List.of(outputProblem("another build is writing " + target.folder()
                        + " right now; wait for it to finish and run again"))));
            }
            try (SiteOutput output = opened.get()) {
                return steps.apply(output);
            }
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            String reason = cause instanceof FileSystemException f && f.getReason() != null
                    ? f.getFile() + ": " + f.getReason()
                    : String.valueOf(cause.getMessage());
            return Outcome.stop(
                    run.failed(
                            List.of(
                                    outputProblem(
                                            "cannot write the site to " + target.folder() + ": " + reason
                                                    + "; check that the folder is writable and the disk has space. The previous site was left as it was"))));
        }
    }

    private Problem outputProblem(String message) {
        return Problem.error(SourcePosition.ofSetting(target.setting()), message);
    }

    /** One kit: carried over when its files are still in place, remembered views reused, otherwise rendered. */
    private Optional<Published> publish(Kit kit, Messages msg, KitRenderer renderer, Plan plan, ProblemLog problems) {
        String print = plan.prints().get(kit.id());
        Optional<Published> remembered = print == null ? Optional.empty() : memory.published(kit.id(), print);
        List<String> files = plan.reusable().get(kit.id());
        Optional<Published> result = files != null
                ? Optional.of(remembered
                        .map(known -> renderer.carry(known, plan.live(), files))
                        .orElseGet(() -> renderer.reuse(kit, msg, plan.live(), files)))
                : renderer.render(kit, msg, problems);
        if (result.isEmpty()) {
            // its files may be half rewritten: nothing of it is taken as in place any more
            memory.forget(kit.id());
        } else if (remembered.isEmpty() && print != null) {
            memory.remember(kit.id(), print, result.get());
        }
        return result;
    }

    private RenderTools tools(Theme theme, StageTimes times) {
        TemplateRenderer templates = new TemplateRenderer(theme);
        SiteSettings settings = new SiteSettings(
                        "Alignkit", config.siteUrl(), "Alignkit", config.projectVersion(), config.outputTimestamp())
                .withAsOf(config.asOf());
        UrlPolicy urls = new UrlPolicy(config.allowedImageHosts());
        return new RenderTools(
                new MarkdownRenderer(urls),
                new SitePages(templates, settings),
                new PrintPages(templates, settings, config.pageSize().css(), config.poster()),
                config.pdf() ? Optional.of(memory.pdfRenderer(fonts(theme))) : Optional.empty(),
                new CalendarFile(config.outputTimestamp(), settings.siteUrl()),
                settings,
                new RenderTools.KitFiles(config.projectDirectory(), config.contentDirectory(), theme, urls),
                times);
    }

    private static List<KitView> inIndexOrder(List<Published> published) {
        return published.stream()
                .map(Published::view)
                .sorted(Comparator.comparing(KitView::title, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(KitView::id))
                .toList();
    }

    private static List<String> searchParts(List<Published> published) {
        return published.stream()
                .sorted(Comparator.comparing((Published p) -> p.view().id()))
                .map(Published::searchPart)
                .toList();
    }

    private static List<FontFile> fonts(Theme theme) {
        return theme.files(FONTS).stream()
                .filter(f -> f.toLowerCase(Locale.ROOT).endsWith(".ttf"))
                .map(f -> new FontFile(f, theme.read(f).orElseThrow()))
                .toList();
    }

    // --- values passed between the steps ---

    /** One build's clock, stage times and progress lines. */
    private record Run(long started, StageTimes times, BuildProgress progress) {
        Run(BuildProgress progress) {
            this(System.nanoTime(), new StageTimes(), progress);
        }

        /** Also the end of the last stage: every report is made through here. */
        Duration took() {
            progress.finished();
            return Duration.ofNanos(System.nanoTime() - started);
        }

        BuildReport failed(List<Problem> problems) {
            return BuildReport.failed(problems, took());
        }
    }

    /** The kits as loaded, the loader that read them (its sources go into fingerprints), and the theme to render them with. */
    private record Loaded(KitLoader loader, LoadResult result, Theme theme) {
        List<Kit> kits() {
            return result.kits();
        }
    }

    /**
     * What to render: kits in {@code reusable} are carried over from {@code live}, the folder of the last build;
     * {@code prints} are the kits' fingerprints this build.
     */
    private record Plan(BuildState current, Map<String, List<String>> reusable, Map<String, String> prints, Path live) {
        static Plan everything(Path live) {
            return new Plan(null, Map.of(), Map.of(), live);
        }
    }

    private record RenderedSite(ProblemLog problems, List<Published> kits, CheckedSink sink, Plan plan, Theme theme) {

        BuildReport report(int files, Run run) {
            int rendered = (int) kits.stream().filter(k -> !k.reused()).count();
            return new BuildReport(
                    true,
                    problems.toList(),
                    kits.size(),
                    rendered,
                    sink.pages(),
                    sink.pdfs(),
                    files,
                    run.took(),
                    run.times());
        }

        /** Where a broken link is reported: the templates that hold most links. */
        String templatesShown() {
            return theme.projectTemplates().map(p -> "templates").orElse("[built-in theme]");
        }

        BuildState state() {
            Map<String, BuildState.KitState> states = new TreeMap<>();
            kits.forEach(k -> states.put(
                    k.view().id(),
                    new BuildState.KitState(
                            plan.current().kits().get(k.view().id()).fingerprint(), k.files())));
            return new BuildState(plan.current().global(), states);
        }
    }
}
