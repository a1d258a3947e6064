package dev.alignkit.site;

import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Where everything lives in the site: every path the build writes or links to is answered here, '/'-separated and
 * relative to the site root. Nothing else puts a site path together from strings.
 *
 * <p>The site has two parts, so that a host can keep facilitator material from participants with one rule on one path
 * prefix. Everything written for facilitators is under {@code facilitators/}: the kit catalogue, the search index, the
 * actions ledger and its exports, and per kit {@code facilitators/<kit-id>/} with the kit's page, session and run
 * pages, facilitator documents, sheets, calendar and facilitator attachments. The rest is public: the home page
 * ({@code index.html}), the 404 page, the theme's assets, the schema, and per kit {@code <kit-id>/} with the participant
 * page, participant handouts, the ground-rules poster and participant attachments. Below {@code facilitators/} the
 * facilitator files keep the places they had in the site before the split, so links written in a kit's Markdown lead
 * where they led; see {@link #current}.
 */
public final class SiteLayout {
    /** The public home page: each kit's participant page, and the way to the facilitator pages. */
    public static final String INDEX = "index.html";

    public static final String NOT_FOUND = "404.html";
    public static final String SCHEMA = "schema/kit.schema.json";
    /** The one folder a host restricts to keep facilitator material from participants. */
    public static final String FACILITATORS = "facilitators";

    private static final String FACILITATOR_FOLDER = FACILITATORS + "/";
    /** The kit catalogue, with summaries written for facilitators. */
    public static final String CATALOGUE = FACILITATOR_FOLDER + INDEX;
    /** Indexes facilitator text (objectives, notes, follow-up), so it is facilitator material. */
    public static final String SEARCH_INDEX = FACILITATOR_FOLDER + "search-index.js";
    /** The public pages, for crawlers that see what a participant sees. */
    public static final String SITEMAP = "sitemap.xml";
    /** The facilitator pages, for crawlers let into {@code facilitators/}: a sitemap lists only URLs below its folder. */
    public static final String FACILITATOR_SITEMAP = FACILITATOR_FOLDER + SITEMAP;
    /** Every action of every kit, and the same list for other tools. */
    public static final String ACTIONS = FACILITATOR_FOLDER + "actions.html";

    public static final String ACTIONS_CSV = FACILITATOR_FOLDER + "actions.csv";
    public static final String ACTIONS_JSON = FACILITATOR_FOLDER + "actions.json";
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

    /** The names of the kit's documents that are for participants; every other document is facilitator material. */
    private static final Set<String> PARTICIPANT_DOCUMENTS = Set.of("participant-handout", "ground-rules");

    private static final String HANDOUT = "handout-";

    /** Top-level names a kit's folder would take from the site itself. */
    private static final List<String> RESERVED_KIT_IDS =
            List.of(ASSETS, folderOf(SCHEMA), baseName(INDEX), baseName(NOT_FOUND), FACILITATORS);
    /** A session page named like this would replace its kit's page. */
    private static final List<String> RESERVED_SESSION_IDS = List.of(baseName(INDEX), PARTICIPANTS);

    private SiteLayout() {}

    public static List<String> reservedKitIds() {
        return RESERVED_KIT_IDS;
    }

    public static List<String> reservedSessionIds() {
        return RESERVED_SESSION_IDS;
    }

    /** {@code <kit-id>/}: the kit's public folder, what participants may open. */
    public static String publicKitFolder(String kitId) {
        return kitId + "/";
    }

    /** {@code facilitators/<kit-id>/}: the kit's facilitator material. */
    public static String facilitatorKitFolder(String kitId) {
        return FACILITATOR_FOLDER + kitId + "/";
    }

    /** Whether a site path is under {@code facilitators/}, the folder a host keeps from participants. */
    public static boolean isFacilitatorMaterial(String path) {
        return path.startsWith(FACILITATOR_FOLDER);
    }

    /** {@code facilitators/<kit-id>/index.html}. */
    public static String kitPage(String kitId) {
        return facilitatorKitFolder(kitId) + INDEX;
    }

    /** {@code <kit-id>/participants.html}: what participants may read of a kit, and nothing written for facilitators. */
    public static String participantPage(String kitId) {
        return publicKitFolder(kitId) + PARTICIPANTS + PAGE;
    }

    /** {@code <session-id>.html}: a session page's name within its kit's folder. */
    public static String sessionFileName(String sessionId) {
        return sessionId + PAGE;
    }

    /** {@code facilitators/<kit-id>/<session-id>.html}. */
    public static String sessionPage(String kitId, String sessionId) {
        return facilitatorKitFolder(kitId) + sessionFileName(sessionId);
    }

    /**
     * {@code facilitators/<kit-id>/<session-id>.run.html}: the session's run mode (timer, presenter and audience
     * windows). Next to the session pages, so that links written in the kit's Markdown lead where they lead from those
     * pages.
     */
    public static String runPage(String kitId, String sessionId) {
        return facilitatorKitFolder(kitId) + sessionId + RUN + PAGE;
    }

    /**
     * {@code <kit-id>/files/<path>} for an attachment for participants, {@code facilitators/<kit-id>/files/<path>} for
     * any other: an attachment as the site holds it, not yet percent-encoded.
     */
    public static String attachment(String kitId, String path, boolean forParticipants) {
        return kitFolder(kitId, forParticipants) + ATTACHMENTS + "/" + path;
    }

    /**
     * {@code .../files/<path without .md>.html}: a Markdown attachment shown as a page, next to its source (no
     * attachment is a page itself: HTML files are refused as attachments).
     */
    public static String attachmentPage(String kitId, String path, boolean forParticipants) {
        return attachment(kitId, pageOf(path), forParticipants);
    }

    /**
     * {@code <kit-id>/<kit-id>-<slug>.pdf} for the participant handout and the ground-rules poster,
     * {@code facilitators/<kit-id>/<kit-id>-<slug>.pdf} for the kit's other documents.
     */
    public static String printDocument(String kitId, String slug) {
        return kitFile(kitFolder(kitId, PARTICIPANT_DOCUMENTS.contains(slug)), kitId, slug + ".pdf");
    }

    /**
     * {@code <kit-id>/<kit-id>-handout-<session-id>.pdf}: one session's participant handout. The word comes before the
     * session id, so no session id can make the name of one of the kit's documents ({@link #printDocument}).
     */
    public static String sessionHandout(String kitId, String sessionId) {
        return kitFile(publicKitFolder(kitId), kitId, HANDOUT + sessionId + ".pdf");
    }

    /**
     * {@code facilitators/<kit-id>/<kit-id>-<sheet>-<session-id>.pdf}: one of a meeting session's sheets
     * ({@code run-sheet}, {@code timekeeper-card}, {@code note-taker-sheet}). As with {@link #sessionHandout}, the
     * sheet's word comes before the session id, so no session id can make the name of another sheet, handout or kit
     * document.
     */
    public static String sessionSheet(String kitId, String sheet, String sessionId) {
        return facilitatorFile(kitId, sheet + "-" + sessionId + ".pdf");
    }

    /**
     * {@code facilitators/<kit-id>/<kit-id>-<name>}: a file of the kit for facilitators, named after the kit so that a
     * download stays recognisable; where a new per-kit output goes unless participants may read it.
     */
    public static String facilitatorFile(String kitId, String name) {
        return kitFile(facilitatorKitFolder(kitId), kitId, name);
    }

    /**
     * {@code facilitators/actions-<owner-slug>.ics}: one owner's dated actions across all kits. A file, never a folder,
     * so that it cannot take a name a kit's folder has (kit ids hold no dot).
     */
    public static String ownerCalendar(String ownerSlug) {
        return FACILITATOR_FOLDER + "actions-" + ownerSlug + ".ics";
    }

    /** {@code facilitators/<kit-id>/<kit-id>.ics}: its events describe the sessions' objectives, its to-dos the actions. */
    public static String calendar(String kitId) {
        return facilitatorKitFolder(kitId) + kitId + ".ics";
    }

    /**
     * {@code facilitators/<kit-id>/sheets/<name>.pdf}: a printable sheet the kit asks for (facilitator material).
     * Session ids cannot reach this folder: a session's page is {@code <id>.html} beside it.
     */
    public static String sheet(String kitId, String name) {
        return facilitatorKitFolder(kitId) + SHEETS + "/" + name + ".pdf";
    }

    /** {@code facilitators/<kit-id>/sheets/<session-id>/<name>.pdf}: a printable sheet for one session. */
    public static String printableSheet(String kitId, String sessionId, String name) {
        return facilitatorKitFolder(kitId) + SHEETS + "/" + sessionId + "/" + name + ".pdf";
    }

    /** A facilitator page of the kit, as its address within the kit's facilitator folder ({@code s1.html}). */
    public static String withinFacilitatorFolder(String kitId, String path) {
        if (!path.startsWith(facilitatorKitFolder(kitId))) {
            throw new IllegalArgumentException(path + " is not in kit " + kitId + "'s facilitator folder");
        }
        return path.substring(facilitatorKitFolder(kitId).length());
    }

    /**
     * Where a file of the site as it was before facilitator material moved to {@code facilitators/} is now. Kits'
     * Markdown links are written against that site ({@code files/agenda.pdf} from a kit's folder that held every page),
     * and keep leading to the same file. {@code participantAttachment} answers, for a kit id and a percent-encoded path
     * below its {@code files/}, whether it is a participant attachment or such an attachment's page.
     */
    public static String current(String formerPath, BiPredicate<String, String> participantAttachment) {
        int slash = formerPath.indexOf('/');
        if (slash < 0) {
            if (formerPath.equals(INDEX)) {
                return CATALOGUE;
            }
            String moved = FACILITATOR_FOLDER + formerPath;
            return List.of(ACTIONS, ACTIONS_CSV, ACTIONS_JSON, SEARCH_INDEX).contains(moved)
                            || (formerPath.startsWith("actions-") && formerPath.endsWith(".ics"))
                    ? moved
                    : formerPath;
        }
        String top = formerPath.substring(0, slash);
        if (RESERVED_KIT_IDS.contains(top)) {
            return formerPath;
        }
        return isParticipantFile(top, formerPath.substring(slash + 1), participantAttachment)
                ? formerPath
                : FACILITATOR_FOLDER + formerPath;
    }

    private static boolean isParticipantFile(
            String kitId, String inKit, BiPredicate<String, String> participantAttachment) {
        if (inKit.equals(PARTICIPANTS + PAGE)) {
            return true;
        }
        if (inKit.startsWith(ATTACHMENTS + "/")) {
            return participantAttachment.test(kitId, inKit.substring(ATTACHMENTS.length() + 1));
        }
        String prefix = kitId + "-";
        if (!inKit.startsWith(prefix) || !inKit.endsWith(".pdf") || inKit.indexOf('/') >= 0) {
            return false;
        }
        String name = inKit.substring(prefix.length(), inKit.length() - ".pdf".length());
        return name.startsWith(HANDOUT) || PARTICIPANT_DOCUMENTS.contains(name);
    }

    /**
     * The place a file had before facilitator material moved: {@code facilitators/} mirrors the former site, so a
     * facilitator file's former path is its path without that folder, and a public file has not moved.
     */
    public static String former(String path) {
        return isFacilitatorMaterial(path) ? path.substring(FACILITATOR_FOLDER.length()) : path;
    }

    /** The folder of a site path, with its slash: {@code kit/} for {@code kit/s1.html}, {@code ""} for {@code index.html}. */
    public static String folderOfPage(String path) {
        return path.substring(0, path.lastIndexOf('/') + 1);
    }

    /** {@code agenda.md} is shown as {@code agenda.html}. */
    public static String pageOf(String attachmentPath) {
        return attachmentPath.substring(0, attachmentPath.lastIndexOf('.')) + PAGE;
    }

    private static String kitFolder(String kitId, boolean forParticipants) {
        return forParticipants ? publicKitFolder(kitId) : facilitatorKitFolder(kitId);
    }

    /** {@code <folder><kit-id>-<name>}: a file of a kit, named after the kit so that a download stays recognisable. */
    private static String kitFile(String folder, String kitId, String name) {
        return folder + kitId + "-" + name;
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
