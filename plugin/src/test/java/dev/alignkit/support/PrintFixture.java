package dev.alignkit.support;

import dev.alignkit.content.Kit;
import dev.alignkit.content.KitDefaults;
import dev.alignkit.content.KitLoader;
import dev.alignkit.content.LoadResult;
import dev.alignkit.content.PosterSize;
import dev.alignkit.pdf.FontFile;
import dev.alignkit.pdf.OnePage;
import dev.alignkit.pdf.PdfMetadata;
import dev.alignkit.pdf.PdfOptions;
import dev.alignkit.pdf.PdfRenderer;
import dev.alignkit.render.KitViewBuilder;
import dev.alignkit.render.MarkdownRenderer;
import dev.alignkit.render.Messages;
import dev.alignkit.render.PrintDocument;
import dev.alignkit.render.PrintPages;
import dev.alignkit.render.SessionSheet;
import dev.alignkit.render.SheetPages;
import dev.alignkit.render.SheetPages.SheetFile;
import dev.alignkit.render.SiteSettings;
import dev.alignkit.render.TemplateRenderer;
import dev.alignkit.render.Theme;
import dev.alignkit.render.Views.KitView;
import dev.alignkit.render.Views.SessionView;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Renders the built-in print templates for a kit file, without Maven and without writing a site. */
public final class PrintFixture {
    private final Theme theme = new Theme(Optional.empty());
    private final TemplateRenderer templates = new TemplateRenderer(theme);
    private final Optional<String> siteUrl;
    private final PdfRenderer renderer;
    private final String pageSize;
    private final Optional<String> version;
    private Optional<LocalDate> asOf = Optional.empty();
    private static final Instant TIMESTAMP = Instant.parse("2026-11-24T00:00:00Z");

    public PrintFixture(Optional<String> siteUrl, String pageSize) {
        this(siteUrl, pageSize, Optional.empty());
    }

    /** With a project version, printouts carry their edition (the version and the build's date) in the footer. */
    public PrintFixture(Optional<String> siteUrl, String pageSize, Optional<String> version) {
        this.siteUrl = siteUrl;
        this.pageSize = pageSize;
        this.version = version;
        List<FontFile> fonts = theme.files("print/fonts").stream()
                .filter(f -> f.endsWith(".ttf"))
                .map(f -> new FontFile(f, theme.read(f).orElseThrow()))
                .toList();
        this.renderer = new PdfRenderer(new PdfOptions(fonts, Optional.of(TIMESTAMP)));
    }

    /** Reads the kits as of {@code day}, as {@code align.asOf} does. */
    public PrintFixture readAsOf(LocalDate day) {
        this.asOf = Optional.of(day);
        return this;
    }

    public PrintFixture() {
        this(Optional.empty(), "A4");
    }

    public static Kit loadKit(Path file) {
        LoadResult result = new KitLoader(
                        file.getParent(),
                        file.getParent(),
                        KitDefaults.english(),
                        () -> new Theme(Optional.empty()).methodFiles())
                .load(file);
        if (result.hasErrors()) {
            throw new AssertionError("fixture does not load: " + result.problems());
        }
        return result.kits().get(0);
    }

    public Messages messages(String language) {
        return Messages.load(theme, language);
    }

    public KitView view(Kit kit) {
        return new KitViewBuilder(new MarkdownRenderer()).build(kit, Messages.load(theme, kit.language()));
    }

    private String xhtml(Kit kit, PrintDocument document, Optional<PosterSize> poster, int smaller) {
        List<Object> problems = new ArrayList<>();
        Optional<String> xhtml = printPages()
                .xhtml(view(kit), document, poster, smaller, Messages.load(theme, kit.language()), problems::add);
        return xhtml.orElseThrow(() -> new AssertionError("print template failed: " + problems));
    }

    public String xhtml(Kit kit, PrintDocument document) {
        return xhtml(kit, document, kit.posterSize(), 0);
    }

    /** The ground-rules poster on the given sheet, whatever the kit asks for. */
    public byte[] posterPdf(Kit kit, PosterSize size) {
        return posterPdf(kit, Optional.of(size));
    }

    private byte[] posterPdf(Kit kit, Optional<PosterSize> size) {
        return OnePage.largestFitting(smaller -> Optional.of(pdf(
                        kit,
                        xhtml(kit, PrintDocument.GROUND_RULES, size, smaller),
                        "poster-" + size.map(PosterSize::label).orElse(pageSize))))
                .orElseThrow();
    }

    /** As the build makes it: the poster rendered again a size smaller while it runs onto a second page. */
    public byte[] pdf(Kit kit, PrintDocument document) {
        if (document == PrintDocument.GROUND_RULES) {
            return posterPdf(kit, kit.posterSize());
        }
        return pdf(kit, xhtml(kit, document), document.slug());
    }

    /** The participant handout of the kit's session with this id. */
    public byte[] sessionHandoutPdf(Kit kit, String sessionId) {
        KitView view = view(kit);
        SessionView session = view.sessions().stream()
                .filter(s -> s.id().equals(sessionId))
                .findFirst()
                .orElseThrow();
        List<Object> problems = new ArrayList<>();
        String xhtml = printPages()
                .sessionHandout(view, session, Messages.load(theme, kit.language()), problems::add)
                .orElseThrow(() -> new AssertionError("print template failed: " + problems));
        return pdf(kit, xhtml, "handout-" + sessionId);
    }

    /** One of the meeting sheets of the kit's session with this id. */
    public byte[] sessionSheetPdf(Kit kit, String sessionId, SessionSheet sheet) {
        KitView view = view(kit);
        SessionView session = view.sessions().stream()
                .filter(s -> s.id().equals(sessionId))
                .findFirst()
                .orElseThrow();
        List<Object> problems = new ArrayList<>();
        String xhtml = printPages()
                .sessionSheet(view, session, sheet, Messages.load(theme, kit.language()), problems::add)
                .orElseThrow(() -> new AssertionError("print template failed: " + problems));
        return pdf(kit, xhtml, sheet.slug() + "-" + sessionId);
    }

    /**
     * One file of a printable sheet, as the build makes it (a booklet imposed): for the whole kit, or for the session
     * with this id; {@code rows}: the attendance sheet's rows.
     */
    public byte[] sheetPdf(Kit kit, Optional<String> sessionId, SheetFile file, int rows) {
        KitView view = view(kit);
        Optional<SessionView> session = sessionId.map(id -> view.sessions().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow());
        List<Object> problems = new ArrayList<>();
        SheetPages sheets = printPages().sheets();
        String xhtml = sheets.xhtml(view, session, file, rows, Messages.load(theme, kit.language()), problems::add)
                .orElseThrow(() -> new AssertionError("sheet template failed: " + problems));
        byte[] pages = pdf(kit, xhtml, "sheet-" + file.name());
        if (!file.booklet()) {
            return pages;
        }
        float[] sheet = sheets.bookletSheet();
        return renderer.booklet(pages, sheet[0], sheet[1]);
    }

    /** The pages a booklet is imposed from, before imposition. */
    public byte[] bookletPages(Kit kit, SheetFile file) {
        List<Object> problems = new ArrayList<>();
        String xhtml = printPages()
                .sheets()
                .xhtml(view(kit), Optional.empty(), file, 0, Messages.load(theme, kit.language()), problems::add)
                .orElseThrow(() -> new AssertionError("sheet template failed: " + problems));
        return pdf(kit, xhtml, "pages-" + file.name());
    }

    private PrintPages printPages() {
        return new PrintPages(
                templates,
                new SiteSettings("Alignkit", siteUrl, "Alignkit", version, version.map(v -> TIMESTAMP)).withAsOf(asOf),
                pageSize);
    }

    private byte[] pdf(Kit kit, String xhtml, String slug) {
        try {
            return renderer.render(
                    xhtml,
                    new PdfMetadata(
                            kit.title() + " – " + slug,
                            kit.owner().orElse(""),
                            kit.strategy(),
                            String.join(", ", kit.tags()),
                            kit.language()));
        } catch (PdfRenderer.MalformedXhtml e) {
            throw new AssertionError("malformed XHTML at " + e.line() + ":" + e.column() + ": " + e.getMessage(), e);
        }
    }
}
