package dev.alignkit.render;

import dev.alignkit.render.Views.SessionView;
import dev.alignkit.site.SiteLayout;

/**
 * The one-page papers a meeting is run with, one of each per meeting session with an agenda: the facilitator's run
 * sheet, the timekeeper's card and the note-taker's sheet. All are facilitator material, made from the session's
 * agenda blocks.
 */
public enum SessionSheet {
    RUN_SHEET("run-sheet", "print/run-sheet.ftlh", "docRunSheet", "docRunSheetFor"),
    TIMEKEEPER_CARD("timekeeper-card", "print/timekeeper-card.ftlh", "docTimekeeperCard", "docTimekeeperCardFor"),
    NOTE_TAKER_SHEET("note-taker-sheet", "print/note-taker-sheet.ftlh", "docNoteTakerSheet", "docNoteTakerSheetFor");

    private final String slug;
    private final String template;
    private final String linkKey;
    private final String titleKey;

    SessionSheet(String slug, String template, String linkKey, String titleKey) {
        this.slug = slug;
        this.template = template;
        this.linkKey = linkKey;
        this.titleKey = titleKey;
    }

    public String slug() {
        return slug;
    }

    public String template() {
        return template;
    }

    /** The label of the link on the session page: "Run sheet". */
    public String linkKey() {
        return linkKey;
    }

    /** The document's title, with the session's: "Run sheet: Quarterly review". */
    public String title(SessionView session, Messages msg) {
        return msg.format(titleKey, session.title());
    }

    /** A meeting session with an agenda gets the sheets; a pulse, or a meeting without agenda, has nothing to run by. */
    public static boolean applies(SessionView session) {
        return session.format().meeting() && !session.agenda().rows().isEmpty();
    }

    public String path(String kitId, String sessionId) {
        return SiteLayout.sessionSheet(kitId, slug, sessionId);
    }
}
