package dev.alignkit.render;

import dev.alignkit.content.PosterSize;
import dev.alignkit.content.Sheet;
import dev.alignkit.diagnostics.Problem;
import dev.alignkit.render.Views.KitView;
import dev.alignkit.render.Views.SessionView;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The printable sheets a kit or a session asks for, rendered from the theme's {@code print/sheets/} templates to XHTML.
 * A booklet's pages are A5 (half-Letter in a Letter build), imposed two up afterwards.
 */
public final class SheetPages {
    /** Rows of an attendance sheet when neither the session nor the kit says how many people come: one page. */
    public static final int DEFAULT_ATTENDANCE_ROWS = 20;

    static final String FOLDER = "print/sheets/";

    private final PrintPages print;
    private final TemplateRenderer templates;
    private final boolean letter;

    SheetPages(PrintPages print, TemplateRenderer templates, String pageSize) {
        this.print = print;
        this.templates = templates;
        this.letter = pageSize.toLowerCase(Locale.ROOT).contains("letter");
    }

    /**
     * One file of a sheet: its name in the site ({@code canvas-a3}), its template and, for the canvas, its paper.
     * {@code booklet}: the pages are A5, to be imposed two up.
     */
    public record SheetFile(Sheet sheet, String name, String template, Optional<PosterSize> paper, boolean booklet) {
        /** The message key of the sheet's title. */
        public String titleKey() {
            return "sheet." + sheet.key();
        }
    }

    /** The files a sheet is printed as: the canvas on A3 and on A1, every other sheet as one file. */
    public static List<SheetFile> files(Sheet sheet) {
        return switch (sheet) {
            case CANVAS ->
                List.of(
                        new SheetFile(sheet, "canvas-a3", FOLDER + "canvas.ftlh", Optional.of(PosterSize.A3), false),
                        new SheetFile(sheet, "canvas-a1", FOLDER + "canvas.ftlh", Optional.of(PosterSize.A1), false));
            case HANDOUT_BOOKLET ->
                List.of(new SheetFile(sheet, sheet.slug(), "print/participant-handout.ftlh", Optional.empty(), true));
            case QUESTION_CARDS_BOOKLET ->
                List.of(new SheetFile(sheet, sheet.slug(), FOLDER + "question-cards.ftlh", Optional.empty(), true));
            default ->
                List.of(new SheetFile(sheet, sheet.slug(), FOLDER + sheet.slug() + ".ftlh", Optional.empty(), false));
        };
    }

    public static String title(SheetFile file, Messages msg) {
        return msg.format(file.titleKey(), file.paper().map(PosterSize::label).orElse(""));
    }

    /** The sheet (landscape, in points) a booklet's pages are imposed on: A4, or Letter in a Letter build. */
    public float[] bookletSheet() {
        PosterSize sheet = letter ? PosterSize.LETTER : PosterSize.A4;
        return new float[] {sheet.width(), sheet.height()};
    }

    /**
     * The XHTML of one sheet file. {@code session}: the session it is for, or empty for the whole kit; {@code rows}:
     * the attendance sheet's rows.
     */
    public Optional<String> xhtml(
            KitView kit,
            Optional<SessionView> session,
            SheetFile file,
            int rows,
            Messages msg,
            Consumer<Problem> problems) {
        if (file.sheet() == Sheet.HANDOUT_BOOKLET) {
            PrintPages pages = print.asBooklet(bookletPage());
            return session.map(s -> pages.sessionHandout(kit, s, msg, problems))
                    .orElseGet(() -> pages.xhtml(kit, PrintDocument.PARTICIPANT_HANDOUT, msg, problems));
        }
        Map<String, Object> data = print.common(kit, msg);
        data.put("document", "sheet-" + file.name());
        data.put("documentTitle", title(file, msg));
        data.put("sheet", file.sheet().key());
        session.ifPresent(s -> data.put("session", s));
        data.put("sessions", session.map(List::of).orElse(kit.sessions()));
        data.put("rows", rows);
        file.paper().ifPresent(paper -> data.put("paper", PrintPages.posterData(paper)));
        if (file.booklet()) {
            data.put("pageSize", bookletPage());
            data.put("booklet", true);
        }
        String where = "kit '" + kit.id() + "'"
                + session.map(s -> ", session '" + s.id() + "'").orElse("") + ", sheet " + file.name();
        return templates.render(file.template(), data, where, problems);
    }

    /** A5 is half an A4 sheet; half-Letter (5.5 by 8.5 inches) half a Letter sheet. */
    private String bookletPage() {
        return letter ? "5.5in 8.5in" : "A5";
    }
}
