package dev.alignkit.engine;

import dev.alignkit.content.KitDefaults;
import dev.alignkit.content.KitLoader;
import dev.alignkit.content.KitWarnings;
import dev.alignkit.content.LoadResult;
import dev.alignkit.diagnostics.Problem;
import dev.alignkit.diagnostics.SourcePosition;
import dev.alignkit.output.Bookkeeping;
import dev.alignkit.output.LinkChecker;
import dev.alignkit.output.MemorySite;
import dev.alignkit.output.OutputLocation;
import dev.alignkit.output.SiteSink;
import dev.alignkit.output.PreviewSiteWriter;
import dev.alignkit.output.SiteOutput;
import dev.alignkit.output.SiteWriter;
import dev.alignkit.pdf.FontFile;
import dev.alignkit.pdf.PdfOptions;
import dev.alignkit.pdf.PdfRenderer;
import dev.alignkit.render.CalendarFile;
import dev.alignkit.render.MarkdownRenderer;
import dev.alignkit.render.Messages;
import dev.alignkit.render.PrintPages;
import dev.alignkit.render.SitePages;
import dev.alignkit.render.SiteSettings;
import dev.alignkit.render.TemplateRenderer;
import dev.alignkit.render.SearchIndex;
import dev.alignkit.render.Sitemap;
import dev.alignkit.render.Theme;
import dev.alignkit.render.Views.KitView;
import dev.alignkit.safety.UrlPolicy;
import dev.alignkit.site.SiteLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The pipeline, top to bottom: check the output location, load and validate every kit, render each kit's PDFs
 * and pages, render the index and copy the theme's assets, check every internal link, then swap the new site in.
 * Nothing reaches the output folder unless every step succeeded. {@link #check()} runs the same steps in memory.
 */
public final class SiteBuilder {
    static final String FONTS = "print/fonts";
    private static final int WORKERS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    private static final String CONFIG = "pom.xml";

    private final BuildConfig config;
    private final boolean preview;
    private final java.util.concurrent.ForkJoinPool workers = new java.util.concurrent.ForkJoinPool(WORKERS);
    /** A kit's view and search entries, kept across a preview session's builds while its fingerprint holds. */
    private record KitMemo(String fingerprint, KitView view, String search) {}

    private final Map<String, KitMemo> memos = new ConcurrentHashMap<>();
    /** Kept across builds: it parses again only the files that changed. */
    private final KitLoader loader;
    /** Reused by every build of this builder; Freemarker notices edited templates itself. */
    private Theme theme;
    /** Kept across builds of one session (align:serve): setting up fonts is the expensive part of PDF rendering. */
    private PdfRenderer pdfRenderer;
    private List<FontFile> pdfFonts = List.of();

    public SiteBuilder(BuildConfig config) {
        this(config, false);
    }

    /**
     * A builder for {@code align:serve}: it builds into a folder of its own under the work directory (see
     * {@link #previewFolder}), never into the published site, and changed files go straight into it instead of a
     * staged copy that is swapped in, so a one-kit edit among many kits is quick.
     */
    public static SiteBuilder forPreview(BuildConfig config) {
        return new SiteBuilder(config, true);
    }

    private SiteBuilder(BuildConfig config, boolean preview) {
        this.config = config;
        this.preview = preview;
        this.theme = new Theme(Optional.of(config.templatesDirectory()));
        this.loader = new KitLoader(config.contentDirectory(), config.projectDirectory(), new KitDefaults(config.language(), config.timezone()),
                config.maxAttachmentBytes());
    }

    /** The theme, set up again only when the project's templates folder appears or disappears, its templates read again. */
    private synchronized Theme theme() {
        if (theme.projectTemplates().isPresent() != Files.isDirectory(config.templatesDirectory())) {
            theme = new Theme(Optional.of(config.templatesDirectory()));
        } else {
            theme.forgetTemplates();
        }
        return theme;
    }

    private synchronized PdfRenderer pdfRenderer(Theme theme) {
        List<FontFile> fonts = fonts(theme);
        boolean sameFonts = fonts.size() == pdfFonts.size() && java.util.stream.IntStream.range(0, fonts.size())
                .allMatch(i -> fonts.get(i).name().equals(pdfFonts.get(i).name())
                        && java.util.Arrays.equals(fonts.get(i).bytes(), pdfFonts.get(i).bytes()));
        if (pdfRenderer == null || !sameFonts) {
            pdfRenderer = new PdfRenderer(new PdfOptions(fonts, config.outputTimestamp()));
            pdfFonts = fonts;
        }
        return pdfRenderer;
    }

    /** Where {@code align:serve} builds and serves the preview: never the published site. */
    public static Path previewFolder(BuildConfig config) {
        return config.workDirectory().resolve("preview");
    }

    private Path outputFolder() {
        return preview ? previewFolder(config) : config.outputDirectory();
    }

    private Bookkeeping books(boolean forPreview) {
        return new Bookkeeping(config.workDirectory(), forPreview ? "preview" : "site");
    }

    /** Builds the site into the output folder, re-rendering only kits that changed since the last build. */
    public BuildReport build() {
        long started = System.nanoTime();
        StageTimes times = new StageTimes();
        Optional<List<Problem>> refused = refusedOutput();
        if (refused.isPresent()) {
            return BuildReport.failed(refused.get(), since(started));
        }
        Optional<BuildReport> unrecovered = recoverPublishedSite(started);
        if (unrecovered.isPresent()) {
            return unrecovered.get();
        }
        LoadResult loaded = load(times);
        if (loaded.hasErrors()) {
            return BuildReport.failed(loaded.problems(), since(started));
        }
        Theme theme = theme();
        BuildState current = IncrementalPlan.fingerprint(config, theme, loaded.kits(), id -> loader.source(id).orElseThrow());
        try {
            Optional<? extends SiteOutput> opened = preview ? PreviewSiteWriter.open(outputFolder(), books(true))
                    : SiteWriter.open(outputFolder(), books(false));
            if (opened.isEmpty()) {
                return BuildReport.failed(List.of(Problem.error(SourcePosition.ofFile(CONFIG), "another build is writing "
                        + outputFolder() + " right now; wait for it to finish and run again")), since(started));
            }
            try (SiteOutput writer = opened.get()) {
                // Planned under the lock, after the writer has put back a site that a killed build left aside.
                IncrementalPlan plan = IncrementalPlan.of(current, writer);
                if (plan.upToDate()) {
                    return new BuildReport(true, loaded.problems(), loaded.kits().size(), 0, 0, 0, 0, since(started), times);
                }
                Rendered rendered = render(loaded, theme, writer, writer.output(), times, plan.reusable(), plan.kitPrints());
                if (rendered.failed()) {
                    return BuildReport.failed(rendered.problems(), since(started));
                }
                long committing = System.nanoTime();
                writer.commit(rendered.state(current.global(), current.fingerprints()).serialize());
                times.add(StageTimes.Stage.WRITE, committing);
                return rendered.report(writer.fileCount(), since(started), times);
            }
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            String reason = cause instanceof java.nio.file.FileSystemException f && f.getReason() != null
                    ? f.getFile() + ": " + f.getReason() : String.valueOf(cause.getMessage());
            return BuildReport.failed(List.of(Problem.error(SourcePosition.ofFile(CONFIG), "cannot write the site to "
                    + outputFolder() + ": " + reason + "; check that the folder is writable and the disk has space."
                    + " The previous site was left as it was")), since(started));
        }
    }

    /** Loads, validates and renders everything, checks links, and writes nothing. */
    public BuildReport check() {
        long started = System.nanoTime();
        StageTimes times = new StageTimes();
        if (refusedOutput().isEmpty()) {
            Optional<BuildReport> unrecovered = recoverPublishedSite(started);
            if (unrecovered.isPresent()) {
                return unrecovered.get();
            }
        }
        LoadResult loaded = load(times);
        if (loaded.hasErrors()) {
            return BuildReport.failed(loaded.problems(), since(started));
        }
        MemorySite memory = new MemorySite();
        Rendered rendered = render(loaded, theme(), memory, outputFolder(), times, Map.of(), Map.of());
        return rendered.failed() ? BuildReport.failed(rendered.problems(), since(started))
                : rendered.report(memory.paths().size(), since(started), times);
    }

    /**
     * The published site's location is checked by every goal, the preview's too: {@code align:serve} and
     * {@code align:check} also put back a site that a killed {@code align:site} left aside.
     */
    private Optional<List<Problem>> refusedOutput() {
        List<String> messages = new ArrayList<>(OutputLocation.problems(config.outputDirectory(), config.projectDirectory(),
                config.contentDirectory(), config.templatesDirectory()));
        if (messages.isEmpty() && !preview) {
            messages.addAll(OutputLocation.ownershipProblems(config.outputDirectory(), books(false), config.adoptOutputDirectory()));
        }
        List<Problem> refused = messages.stream().map(m -> Problem.error(SourcePosition.ofFile(CONFIG), m)).toList();
        return refused.isEmpty() ? Optional.empty() : Optional.of(refused);
    }

    /** Puts back the published site if a killed build left it aside, before anything else is written or read. */
    private Optional<BuildReport> recoverPublishedSite(long started) {
        try {
            SiteWriter.recoverInterruptedSwap(config.outputDirectory(), books(false));
            return Optional.empty();
        } catch (IOException | UncheckedIOException e) {
            return Optional.of(BuildReport.failed(List.of(Problem.error(SourcePosition.ofFile(CONFIG), "cannot put back the site that"
                    + " an interrupted build left at " + config.outputDirectory().resolveSibling("." + config.outputDirectory().getFileName()
                    + ".previous") + ": " + e.getMessage() + "; move that folder back to " + config.outputDirectory() + " by hand")),
                    since(started)));
        }
    }

    private LoadResult load(StageTimes times) {
        long loading = System.nanoTime();
        LoadResult loaded = loader.loadAll();
        times.add(StageTimes.Stage.LOAD, loading);
        if (loaded.hasErrors()) {
            return loaded;
        }
        List<Problem> problems = new ArrayList<>(loaded.problems());
        loaded.kits().forEach(kit -> problems.addAll(KitWarnings.of(kit)));
        return new LoadResult(loaded.kits(), List.copyOf(problems));
    }

    private record Rendered(List<Problem> problems, List<KitRenderer.Published> kits, int pages, int pdfs) {
        boolean failed() {
            return problems.stream().anyMatch(Problem::isError);
        }

        BuildReport report(int files, Duration took, StageTimes times) {
            int rendered = (int) kits.stream().filter(k -> !k.reused()).count();
            return new BuildReport(true, problems, kits.size(), rendered, pages, pdfs, files, took, times);
        }

        BuildState state(String global, Map<String, String> fingerprints) {
            Map<String, BuildState.KitState> states = new java.util.TreeMap<>();
            kits.forEach(k -> states.put(k.view().id(), new BuildState.KitState(fingerprints.get(k.view().id()), k.files())));
            return new BuildState(global, states);
        }
    }

    /** {@code live} is the folder of the last build, from which unchanged kits' files are carried over. */
    private Rendered render(LoadResult loaded, Theme theme, SiteSink sink, Path live, StageTimes times,
            Map<String, List<String>> reusable, Map<String, String> prints) {
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>(loaded.problems()));
        Consumer<Problem> report = problems::add;
        TemplateRenderer templates = new TemplateRenderer(theme);
        SiteSettings settings = new SiteSettings("Alignkit", config.siteUrl(), "Alignkit");
        SitePages pages = new SitePages(templates, settings);
        Optional<PdfRenderer> pdf = config.pdf() ? Optional.of(pdfRenderer(theme)) : Optional.empty();
        LinkChecker links = new LinkChecker();
        UrlPolicy urls = new UrlPolicy(config.allowedImageHosts());
        KitRenderer kits = new KitRenderer(new MarkdownRenderer(urls),
                new KitRenderer.KitFiles(config.projectDirectory(), config.contentDirectory(), theme, urls), pages,
                new PrintPages(templates, settings, config.pageSize().css()), pdf,
                new CalendarFile(config.outputTimestamp(), settings.siteUrl()), sink, links, times);
        Map<String, Messages> messages = new ConcurrentHashMap<>();

        List<KitRenderer.Published> published = inWorkers(() -> loaded.kits().parallelStream().map(kit -> {
            Messages msg = messages.computeIfAbsent(kit.language(), lang -> Messages.load(theme, lang));
            KitMemo memo = memos.get(kit.id());
            boolean remembered = memo != null && memo.fingerprint().equals(prints.get(kit.id()));
            KitRenderer.Published result;
            if (reusable.containsKey(kit.id())) {
                result = remembered ? kits.carry(memo.view(), live, reusable.get(kit.id()))
                        : kits.reuse(kit, msg, live, reusable.get(kit.id()));
            } else {
                Optional<KitRenderer.Published> rendered = kits.publish(kit, msg, report);
                if (rendered.isEmpty()) {
                    return null;
                }
                result = rendered.get();
            }
            if (!remembered && prints.containsKey(kit.id())) {
                memos.put(kit.id(), new KitMemo(prints.get(kit.id()), result.view(), SearchIndex.kitPart(kit, result.view())));
            }
            return result;
        }).filter(Objects::nonNull).toList());
        memos.keySet().retainAll(prints.keySet());
        List<KitView> kitViews = published.stream().map(KitRenderer.Published::view)
                .sorted(Comparator.comparing(KitView::title, String.CASE_INSENSITIVE_ORDER).thenComparing(KitView::id)).toList();

        Messages siteMsg = messages.computeIfAbsent(config.language(), lang -> Messages.load(theme, lang));
        pages.index(kitViews, siteMsg, report).ifPresent(html -> kits.page(SiteLayout.INDEX, html));
        pages.notFound(siteMsg, report).ifPresent(html -> sink.write(SiteLayout.NOT_FOUND, html));
        for (String asset : theme.files(Theme.ASSETS)) {
            sink.write(asset, theme.read(asset).orElseThrow());
        }
        sink.write(SiteLayout.SCHEMA, schema());
        sink.write(SiteLayout.SEARCH_INDEX, searchIndex(loaded, kitViews));
        settings.siteUrl().ifPresent(url -> sink.write(SiteLayout.SITEMAP, Sitemap.xml(url, kitViews)));
        if (problems.stream().noneMatch(Problem::isError)) {
            links.brokenLinks(sink.paths()).forEach(message -> problems.add(Problem.error(
                    SourcePosition.ofFile(theme.projectTemplates().map(p -> "templates").orElse("[built-in theme]")),
                    "broken link: " + message + "; fix the link in the template or the kit")));
        }
        return new Rendered(sorted(problems), published, kits.pageCount.get(), kits.pdfCount.get());
    }

    private String searchIndex(LoadResult loaded, List<KitView> views) {
        Map<String, KitView> byId = new java.util.HashMap<>();
        views.forEach(v -> byId.put(v.id(), v));
        List<String> parts = new ArrayList<>();
        loaded.kits().stream().sorted(Comparator.comparing(dev.alignkit.content.Kit::id)).forEach(kit -> {
            KitMemo memo = memos.get(kit.id());
            parts.add(memo != null && memo.view() == byId.get(kit.id()) ? memo.search()
                    : SearchIndex.kitPart(kit, byId.get(kit.id())));
        });
        return SearchIndex.script(parts);
    }

    /** The JSON Schema of the content format, published with the site for editors. */
    private static byte[] schema() {
        try (java.io.InputStream in = SiteBuilder.class.getResourceAsStream("/dev/alignkit/schema/kit.schema.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the per-kit work on more threads than cores: writing many small files waits on the disk, and the CPU
     * should render the next page meanwhile. The pool lives as long as the builder, so that a preview session's
     * rebuilds find their threads' PDF renderers already set up.
     */
    private <T> T inWorkers(java.util.concurrent.Callable<T> work) {
        try {
            return workers.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            // Sibling tasks may still be writing; the caller is about to discard their output.
            workers.awaitQuiescence(1, java.util.concurrent.TimeUnit.MINUTES);
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static List<FontFile> fonts(Theme theme) {
        return theme.files(FONTS).stream().filter(f -> f.toLowerCase(Locale.ROOT).endsWith(".ttf"))
                .map(f -> new FontFile(f, theme.read(f).orElseThrow())).toList();
    }

    private static List<Problem> sorted(List<Problem> problems) {
        List<Problem> copy = new ArrayList<>(problems);
        copy.sort(Comparator.comparing((Problem p) -> p.position().file()).thenComparingInt(p -> p.position().line())
                .thenComparingInt(p -> p.position().column()));
        return List.copyOf(copy);
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
