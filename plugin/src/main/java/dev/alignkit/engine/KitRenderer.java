package dev.alignkit.engine;

import dev.alignkit.engine.StageTimes.Stage;
import dev.alignkit.diagnostics.Echo;
import dev.alignkit.content.Kit;
import dev.alignkit.diagnostics.Problem;
import dev.alignkit.diagnostics.SourcePosition;
import dev.alignkit.output.LinkChecker;
import dev.alignkit.output.SiteSink;
import dev.alignkit.pdf.PdfMetadata;
import dev.alignkit.pdf.PdfRenderer;
import dev.alignkit.pdf.PdfResources;
import dev.alignkit.render.CalendarFile;
import dev.alignkit.render.KitViewBuilder;
import dev.alignkit.render.MarkdownRenderer;
import dev.alignkit.render.Messages;
import dev.alignkit.render.PrintDocument;
import dev.alignkit.render.PrintFiles;
import dev.alignkit.render.PrintPages;
import dev.alignkit.render.SitePages;
import dev.alignkit.render.Theme;
import dev.alignkit.render.Views.DocumentLink;
import dev.alignkit.render.Views.KitView;
import dev.alignkit.render.Views.SessionView;
import dev.alignkit.safety.UrlPolicy;
import dev.alignkit.site.SiteLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Writes one kit: its attachments, its PDFs and calendar, then its pages (which link those with their sizes). A kit
 * unchanged since the last build is not rendered again: its files are carried over from the previous site.
 */
final class KitRenderer {
    /** A kit in the new site, with the files it owns there. */
    record Published(KitView view, List<String> files, boolean reused) {}

    /**
     * What one kit's pages, PDFs and calendar may add up to. The loader's limits keep a kit well below it; this catches
     * whatever multiplies text that they do not foresee.
     */
    static final long MAX_KIT_OUTPUT_BYTES = 100L * 1024 * 1024;

    private final long outputBudget;
    private final MarkdownRenderer markdown;
    private final KitFiles files;
    private final SitePages pages;
    private final PrintPages print;
    private final Optional<PdfRenderer> pdf;
    private final CalendarFile calendar;
    private final SiteSink writer;
    private final LinkChecker links;
    private final StageTimes times;
    final AtomicInteger pageCount = new AtomicInteger();
    final AtomicInteger pdfCount = new AtomicInteger();

    /** Where a kit's files are, for the PDFs and for positions in warnings; which links may leave a PDF. */
    record KitFiles(Path projectDirectory, Path contentDirectory, Theme theme, UrlPolicy urls) {}

    KitRenderer(MarkdownRenderer markdown, KitFiles files, SitePages pages, PrintPages print, Optional<PdfRenderer> pdf,
            CalendarFile calendar, SiteSink writer, LinkChecker links, StageTimes times) {
        this(markdown, files, pages, print, pdf, calendar, writer, links, times, MAX_KIT_OUTPUT_BYTES);
    }

    KitRenderer(MarkdownRenderer markdown, KitFiles files, SitePages pages, PrintPages print, Optional<PdfRenderer> pdf,
            CalendarFile calendar, SiteSink writer, LinkChecker links, StageTimes times, long outputBudget) {
        this.outputBudget = outputBudget;
        this.calendar = calendar;
        this.times = times;
        this.links = links;
        this.markdown = markdown;
        this.files = files;
        this.pages = pages;
        this.print = print;
        this.pdf = pdf;
        this.writer = writer;
    }

    /**
     * Renders a kit, or reports why it could not at the kit's file: a value the loader accepted and a renderer did not
     * is a bug of ours, but the user sees which kit triggers it, and the other kits still build.
     */
    Optional<Published> publish(Kit kit, Messages msg, Consumer<Problem> problems) {
        Recording recording = new Recording(writer, outputBudget);
        try {
            KitView view = render(kit, msg, problems, recording);
            return Optional.of(new Published(view, List.copyOf(recording.paths()), false));
        } catch (OverBudget e) {
            problems.accept(Problem.error(SourcePosition.ofFile(kit.sourceFile()), "the kit's pages and documents pass "
                    + size(outputBudget) + " at " + e.path + "; shorten the kit or split it into several kits"));
        } catch (RuntimeException e) {
            String cause = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            problems.accept(Problem.error(SourcePosition.ofFile(kit.sourceFile()), "cannot render kit '" + kit.id() + "': "
                    + Echo.value(cause) + "; this is a bug in Alignkit, please report it with this kit"));
        }
        return Optional.empty();
    }

    /** Carries a kit's files over from the previous site; only its view is built, for the index. */
    Published reuse(Kit kit, Messages msg, java.nio.file.Path previousSite, List<String> files) {
        long started = System.nanoTime();
        KitView view = new KitViewBuilder(markdown).build(kit, msg);
        times.add(Stage.HTML, started);
        return carry(view, previousSite, files);
    }

    /** Carries a kit's files over when even its view is still known from the previous build. */
    Published carry(KitView view, java.nio.file.Path previousSite, List<String> files) {
        long started = System.nanoTime();
        files.forEach(path -> writer.carry(path, previousSite.resolve(path)));
        times.add(Stage.WRITE, started);
        return new Published(view, files, true);
    }

    private KitView render(Kit kit, Messages msg, Consumer<Problem> problems, SiteSink writer) {
        long started = System.nanoTime();
        kit.attachments().forEach(a -> writer.copy(SiteLayout.attachment(kit.id(), a.path()), a.source()));
        times.add(Stage.WRITE, started);
        started = System.nanoTime();
        UrlWarnings warnings = new UrlWarnings(kit, files.projectDirectory(), problems);
        KitView view = new KitViewBuilder(markdown.reportingTo(warnings::leftOut)).build(kit, msg);
        times.add(Stage.HTML, started);
        PdfResources resources = new PdfResources(kit.id() + "/", PrintFiles.of(kit, files.contentDirectory(), files.theme()),
                link -> files.urls().link(link).isEmpty(), warnings::notInPdf);
        List<DocumentLink> documents = new ArrayList<>(pdf.map(renderer -> documents(view, msg, renderer, resources, problems, writer))
                .orElse(List.of()));
        started = System.nanoTime();
        calendar.render(kit, view, msg, problems).ifPresent(ics -> {
            byte[] bytes = ics.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            writer.write(CalendarFile.path(kit.id()), bytes);
            documents.add(new DocumentLink("calendar", msg.get("calendar"), CalendarFile.path(kit.id()), size(bytes.length)));
        });
        times.add(Stage.HTML, started);
        started = System.nanoTime();
        Optional<String> kitPage = pages.kit(view, documents, msg, problems);
        times.add(Stage.HTML, started);
        kitPage.ifPresent(html -> page(view.url(), html, writer));
        for (SessionView session : view.sessions()) {
            started = System.nanoTime();
            Optional<String> sessionPage = pages.session(view, session, documents, msg, problems);
            times.add(Stage.HTML, started);
            sessionPage.ifPresent(html -> page(session.url(), html, writer));
        }
        return view;
    }

    private List<DocumentLink> documents(KitView view, Messages msg, PdfRenderer renderer, PdfResources resources,
            Consumer<Problem> problems, SiteSink writer) {
        List<DocumentLink> links = new ArrayList<>();
        for (PrintDocument document : PrintDocument.values()) {
            long started = System.nanoTime();
            Optional<String> xhtml = print.xhtml(view, document, msg, problems);
            if (xhtml.isEmpty()) {
                continue;
            }
            try {
                String title = msg.get(document.titleKey());
                byte[] bytes = renderer.render(xhtml.get(), new PdfMetadata(view.title() + " – " + title,
                        view.owner() == null ? "" : view.owner(), view.strategy(), String.join(", ", view.tags()), view.language()), resources);
                times.add(Stage.PDF, started);
                started = System.nanoTime();
                writer.write(document.path(view.id()), bytes);
                times.add(Stage.WRITE, started);
                pdfCount.incrementAndGet();
                links.add(new DocumentLink(document.slug(), msg.get(document.titleKey()), document.path(view.id()), size(bytes.length)));
            } catch (PdfRenderer.MalformedXhtml e) {
                problems.accept(Problem.error(SourcePosition.ofFile("[theme]/" + document.template()), "template "
                        + document.template() + " produced XHTML that is not well-formed (line " + e.line() + ", column " + e.column()
                        + " of its output, while rendering kit '" + view.id() + "'): " + e.getMessage()
                        + "; close every tag and avoid HTML-only entities such as &nbsp;"));
            }
        }
        return List.copyOf(links);
    }

    void page(String path, String html) {
        page(path, html, writer);
    }

    private void page(String path, String html, SiteSink writer) {
        links.collect(path, html);
        long started = System.nanoTime();
        writer.write(path, html);
        times.add(Stage.WRITE, started);
        pageCount.incrementAndGet();
    }

    /** Thrown when a kit's rendered files pass {@link #outputBudget}; caught in {@link #publish}. */
    private static final class OverBudget extends RuntimeException {
        private final String path;

        OverBudget(String path) {
            super(null, null, false, false);
            this.path = path;
        }
    }

    /** Passes files on and remembers their paths, the files a kit owns, counting what they add up to. */
    private static final class Recording implements SiteSink {
        private final SiteSink target;
        private final long budget;
        private final List<String> paths = new ArrayList<>();
        private long written;

        Recording(SiteSink target, long budget) {
            this.target = target;
            this.budget = budget;
        }

        @Override
        public void write(String path, byte[] bytes) {
            written += bytes.length;
            if (written > budget) {
                throw new OverBudget(path);
            }
            target.write(path, bytes);
            paths.add(path);
        }

        @Override
        public void copy(String path, java.nio.file.Path source) {
            target.copy(path, source);
            paths.add(path);
        }

        @Override
        public java.util.Set<String> paths() {
            return new java.util.TreeSet<>(paths);
        }
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
