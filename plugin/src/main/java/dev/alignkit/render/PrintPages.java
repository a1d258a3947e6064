package dev.alignkit.render;

import dev.alignkit.content.PosterSize;
import dev.alignkit.diagnostics.Problem;
import dev.alignkit.render.Views.KitView;
import dev.alignkit.render.Views.SessionView;
import dev.alignkit.site.SiteLayout;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Renders the print templates to XHTML, ready for the PDF stage. */
public final class PrintPages {
    static final String SESSION_HANDOUT_TEMPLATE = "print/session-handout.ftlh";
    static final String SESSION_HANDOUT_SLUG = "session-handout";
    private final TemplateRenderer templates;
    private final SiteSettings settings;
    private final String pageSize;
    private final PosterSize poster;
    /** Pages of an A5 booklet: templates leave out what a small folded page has no room for. */
    private final boolean booklet;

    /** {@code poster}: the sheet of the ground-rules poster for kits that name none. */
    public PrintPages(TemplateRenderer templates, SiteSettings settings, String pageSize, PosterSize poster) {
        this(templates, settings, pageSize, poster, false);
    }

    private PrintPages(
            TemplateRenderer templates, SiteSettings settings, String pageSize, PosterSize poster, boolean booklet) {
        this.templates = templates;
        this.settings = settings;
        this.pageSize = pageSize;
        this.poster = poster;
        this.booklet = booklet;
    }

    /** The poster on the page size's sheet. */
    public PrintPages(TemplateRenderer templates, SiteSettings settings, String pageSize) {
        this(templates, settings, pageSize, PosterSize.ofPageSize(pageSize));
    }

    public Optional<String> xhtml(KitView kit, PrintDocument document, Messages msg, Consumer<Problem> problems) {
        return xhtml(kit, document, Optional.empty(), 0, msg, problems);
    }

    /**
     * {@code kitPoster}: the kit's own {@code poster_size}, which wins over the build's; {@code posterSmaller}: how many
     * type sizes below its estimate the poster is set (see {@link dev.alignkit.pdf.OnePage}).
     */
    public Optional<String> xhtml(
            KitView kit,
            PrintDocument document,
            Optional<PosterSize> kitPoster,
            int posterSmaller,
            Messages msg,
            Consumer<Problem> problems) {
        Map<String, Object> data = common(kit, msg);
        data.put("poster", posterData(kitPoster.orElse(poster)));
        data.put("posterShrink", posterSmaller);
        data.put("document", document.slug());
        data.put("documentTitle", msg.get(document.titleKey()));
        if (document == PrintDocument.FOLLOW_UP_CHECKLIST) {
            data.put("ledger", FollowUpLedger.of(kit, msg));
        }
        return templates.render(
                document.template(), data, "kit '" + kit.id() + "', " + document.path(kit.id()), problems);
    }

    /** One session's participant handout: what participants need for this session and nothing of the sessions after it. */
    public Optional<String> sessionHandout(KitView kit, SessionView session, Messages msg, Consumer<Problem> problems) {
        Map<String, Object> data = common(kit, msg);
        data.put("document", SESSION_HANDOUT_SLUG);
        data.put("documentTitle", sessionHandoutTitle(session, msg));
        data.put("session", session);
        return templates.render(
                SESSION_HANDOUT_TEMPLATE,
                data,
                "kit '" + kit.id() + "', " + SiteLayout.sessionHandout(kit.id(), session.id()),
                problems);
    }

    /** One of a meeting session's sheets: its run sheet, timekeeper card or note-taker sheet. */
    public Optional<String> sessionSheet(
            KitView kit, SessionView session, SessionSheet sheet, Messages msg, Consumer<Problem> problems) {
        Map<String, Object> data = common(kit, msg);
        data.put("document", sheet.slug());
        data.put("documentTitle", sheet.title(session, msg));
        data.put("session", session);
        return templates.render(
                sheet.template(), data, "kit '" + kit.id() + "', " + sheet.path(kit.id(), session.id()), problems);
    }

    public static String sessionHandoutTitle(SessionView session, Messages msg) {
        return msg.format("docSessionHandout", session.number());
    }

    /** The poster's sheet for its template: landscape size in points, the CSS page size and the scale to A4. */
    static Map<String, Object> posterData(PosterSize size) {
        return Map.of(
                "name", size.label(),
                "css", size.css(),
                "width", size.width(),
                "height", size.height(),
                "scale", size.a4Scale());
    }

    /**
     * Which edition of the kit a printout is, for its footer: the project's version and the build's date, so that a
     * sheet found in a meeting room can be told from a newer one. The date is the one the kit is read as of ({@code
     * align.asOf} when set), the day its statuses and charts speak of. Empty when the build knows neither.
     */
    Optional<String> edition(Messages msg) {
        Optional<String> date = settings.asOf()
                .map(day -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(msg.locale())
                        .format(day));
        String version = settings.version().orElse("");
        if (settings.version().isPresent() && date.isPresent()) {
            return Optional.of(msg.format("printEditionVersionDate", version, date.get()));
        }
        if (settings.version().isPresent()) {
            return Optional.of(msg.format("printEditionVersion", version, ""));
        }
        return date.map(d -> msg.format("printEditionDate", version, d));
    }

    /** The printable sheets, on this build's paper. */
    public SheetPages sheets() {
        return new SheetPages(this, templates, pageSize);
    }

    /** The same documents on other paper (a booklet's A5 pages). */
    /** The same documents as the pages of a booklet of {@code bookletPageSize}. */
    PrintPages asBooklet(String bookletPageSize) {
        return new PrintPages(templates, settings, bookletPageSize, poster, true);
    }

    Map<String, Object> common(KitView kit, Messages msg) {
        Map<String, Object> data = new HashMap<>();
        data.put("kit", kit);
        data.put("msg", msg.labels());
        data.put("lang", msg.locale().toLanguageTag());
        data.put("site", settings);
        data.put("pageSize", pageSize);
        data.put("booklet", booklet);
        edition(msg).ifPresent(edition -> data.put("edition", edition));
        settings.siteUrl().ifPresent(url -> {
            String participantUrl = url + SiteLayout.participantPage(kit.id());
            data.put("participantUrl", participantUrl);
            data.put("participantQrCode", QrCode.pngDataUri(participantUrl));
        });
        return data;
    }
}
