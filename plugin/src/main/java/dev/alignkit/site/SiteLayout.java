package dev.alignkit.site;

import java.util.List;

/**
 * Where everything lives in the site: every path the build writes or links to is answered here, '/'-separated and
 * relative to the site root. Nothing else puts a site path together from strings.
 */
public final class SiteLayout {
    public static final String INDEX = "index.html";
    public static final String NOT_FOUND = "404.html";
    public static final String SCHEMA = "schema/kit.schema.json";
    public static final String SEARCH_INDEX = "search-index.js";
    public static final String SITEMAP = "sitemap.xml";
    /** Every action of every kit, and the same list for other tools. */
    public static final String ACTIONS = "actions.html";

    public static final String ACTIONS_CSV = "actions.csv";
    public static final String ACTIONS_JSON = "actions.json";
    /** The theme's assets keep their theme path in the site: {@code assets/site.css}. */
    public static final String ASSETS = "assets";

    private static final String ATTACHMENTS = "files";
    /**
     * What makes a run page's name: a dot, which no session id has (they are slugs), so no session page can have the
     * name of another session's run page.
     */
    private static final String RUN = ".run";

    private static final String SHEETS = "sheets";
    private static final String PAGE = ".html";
    /** The kit's page for participants, next to its session pages. */
    private static final String PARTICIPANTS = "participants";

    /** Top-level names a kit's folder would take from the site itself. */
    private static final List<String> RESERVED_KIT_IDS =
            List.of(ASSETS, folderOf(SCHEMA), baseName(INDEX), baseName(NOT_FOUND));
    /** A session page named like this would replace its kit's page. */
    private static final List<String> RESERVED_SESSION_IDS = List.of(baseName(INDEX), PARTICIPANTS);

    private SiteLayout() {}

    public static List<String> reservedKitIds() {
        return RESERVED_KIT_IDS;
    }

    public static List<String> reservedSessionIds() {
        return RESERVED_SESSION_IDS;
    }

    /** {@code <kit-id>/}: the folder that holds all of a kit's files. */
    public static String kitFolder(String kitId) {
        return kitId + "/";
    }

    /** {@code <kit-id>/index.html}. */
    public static String kitPage(String kitId) {
        return kitFolder(kitId) + INDEX;
    }

    /** {@code <kit-id>/participants.html}: what participants may read of a kit, and nothing written for facilitators. */
    public static String participantPage(String kitId) {
        return kitFolder(kitId) + PARTICIPANTS + PAGE;
    }

    /** {@code <session-id>.html}: a session page's name within its kit's folder. */
    public static String sessionFileName(String sessionId) {
        return sessionId + PAGE;
    }

    /** {@code <kit-id>/<session-id>.html}. */
    public static String sessionPage(String kitId, String sessionId) {
        return kitFolder(kitId) + sessionFileName(sessionId);
    }

    /**
     * {@code <kit-id>/<session-id>.run.html}: the session's run mode (timer, presenter and audience windows). Next to
     * the session pages, so that links written in the kit's Markdown lead where they lead from those pages.
     */
    public static String runPage(String kitId, String sessionId) {
        return kitFolder(kitId) + sessionId + RUN + PAGE;
    }

    /** {@code <kit-id>/files/<path>}: an attachment as the kit's folder holds it, not yet percent-encoded. */
    public static String attachment(String kitId, String path) {
        return kitFolder(kitId) + ATTACHMENTS + "/" + path;
    }

    /**
     * {@code <kit-id>/files/<path without .md>.html}: a Markdown attachment shown as a page, next to its source (no
     * attachment is a page itself: HTML files are refused as attachments).
     */
    public static String attachmentPage(String kitId, String path) {
        return attachment(kitId, path.substring(0, path.lastIndexOf('.')) + PAGE);
    }

    /** {@code <kit-id>/<kit-id>-<slug>.pdf}. */
    public static String printDocument(String kitId, String slug) {
        return kitFolder(kitId) + kitId + "-" + slug + ".pdf";
    }

    /**
     * {@code <kit-id>/<kit-id>-handout-<session-id>.pdf}: one session's participant handout. The word comes before the
     * session id, so no session id can make the name of one of the kit's documents ({@link #printDocument}).
     */
    public static String sessionHandout(String kitId, String sessionId) {
        return kitFile(kitId, "handout-" + sessionId + ".pdf");
    }

    /**
     * {@code <kit-id>/<kit-id>-<sheet>-<session-id>.pdf}: one of a meeting session's sheets ({@code run-sheet},
     * {@code timekeeper-card}, {@code note-taker-sheet}). As with {@link #sessionHandout}, the sheet's word comes
     * before the session id, so no session id can make the name of another sheet, handout or kit document.
     */
    public static String sessionSheet(String kitId, String sheet, String sessionId) {
        return kitFile(kitId, sheet + "-" + sessionId + ".pdf");
    }

    /** {@code <kit-id>/<kit-id>.ics}. */
    /**
     * {@code actions-<owner-slug>.ics}: one owner's dated actions across all kits. A file at the top, never a folder, so
     * that it cannot take a name a kit's folder has (kit ids hold no dot).
     */
    public static String ownerCalendar(String ownerSlug) {
        return "actions-" + ownerSlug + ".ics";
    }

    public static String calendar(String kitId) {
        return kitFolder(kitId) + kitId + ".ics";
    }

    /** {@code <kit-id>/<kit-id>-<name>}: any other file of a kit, named after the kit so that a download stays recognisable. */
    public static String kitFile(String kitId, String name) {
        return kitFolder(kitId) + kitId + "-" + name;
    }

    /**
     * {@code <kit-id>/sheets/<name>.pdf}: a printable sheet the kit asks for (facilitator material). Session ids cannot
     * reach this folder: a session's page is {@code <id>.html} beside it.
     */
    public static String sheet(String kitId, String name) {
        return kitFolder(kitId) + SHEETS + "/" + name + ".pdf";
    }

    /** {@code <kit-id>/sheets/<session-id>/<name>.pdf}: a printable sheet for one session. */
    public static String printableSheet(String kitId, String sessionId, String name) {
        return kitFolder(kitId) + SHEETS + "/" + sessionId + "/" + name + ".pdf";
    }

    /** A page of the kit, as its address within the kit's folder ({@code s1.html} for {@code kit/s1.html}). */
    public static String withinKit(String kitId, String path) {
        if (!path.startsWith(kitFolder(kitId))) {
            throw new IllegalArgumentException(path + " is not in kit " + kitId);
        }
        return path.substring(kitFolder(kitId).length());
    }

    /** The way from a page back to the site root: {@code ""} for {@code index.html}, {@code "../"} for {@code kit/s1.html}. */
    public static String rootOf(String path) {
        return "../".repeat((int) path.chars().filter(c -> c == '/').count());
    }

    /** A theme asset is in the theme's assets folder. */
    public static boolean isAsset(String path) {
        return path.startsWith(ASSETS + "/");
    }

    private static String baseName(String file) {
        return file.substring(0, file.lastIndexOf('.'));
    }

    private static String folderOf(String path) {
        return path.substring(0, path.indexOf('/'));
    }
}
