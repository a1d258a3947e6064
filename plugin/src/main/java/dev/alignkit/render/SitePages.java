package dev.alignkit.render;

import dev.alignkit.content.ActionStatus;
import dev.alignkit.diagnostics.Problem;
import dev.alignkit.output.StreamedText;
import dev.alignkit.render.Views.ActionRow;
import dev.alignkit.render.Views.AttachmentView;
import dev.alignkit.render.Views.DocumentLink;
import dev.alignkit.render.Views.KitView;
import dev.alignkit.render.Views.OwnerLink;
import dev.alignkit.render.Views.SessionView;
import dev.alignkit.site.SiteLayout;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Renders the web pages: the public home page, the facilitators' catalogue, a kit page, a page per session. Pages under
 * {@code facilitators/} are the facilitators'; the others are public and show nothing from that folder.
 */
public final class SitePages {
    private final TemplateRenderer templates;
    private final SiteSettings settings;

    public SitePages(TemplateRenderer templates, SiteSettings settings) {
        this.templates = templates;
        this.settings = settings;
    }

    /**
     * The public home page ({@code index.html}): each kit's title and participant page, and one link to the facilitator
     * pages, whose folder a host may keep from participants.
     */
    public Optional<String> home(List<KitView> kits, Messages msg, Consumer<Problem> problems) {
        Map<String, Object> data = common(PageKind.HOME, SiteLayout.INDEX, msg);
        data.put(
                "participantPages",
                kits.stream()
                        .map(k -> new Views.PageLink(k.title(), SiteLayout.participantPage(k.id())))
                        .toList());
        return templates.render(PageKind.HOME.template(), data, "the home page", problems);
    }

    /** The kit catalogue for facilitators ({@code facilitators/index.html}), with filters and each kit's teaser. */
    public Optional<String> index(List<KitView> kits, Messages msg, Consumer<Problem> problems) {
        Map<String, Object> data = common(PageKind.INDEX, SiteLayout.CATALOGUE, msg);
        data.put("kits", kits);
        data.put(
                "tags",
                kits.stream()
                        .flatMap(k -> k.about().tags().stream())
                        .distinct()
                        .sorted()
                        .toList());
        data.put(
                "departments",
                kits.stream()
                        .flatMap(k -> k.people().departments().stream())
                        .distinct()
                        .sorted()
                        .toList());
        data.put(
                "formats",
                kits.stream()
                        .flatMap(k -> k.about().formats().stream())
                        .distinct()
                        .sorted()
                        .toList());
        return templates.render(PageKind.INDEX.template(), data, "the index page", problems);
    }

    /** The actions ledger: every action of every kit, with the owners, kits and statuses to filter by. */
    public StreamedText actions(List<ActionRow> actions, Messages msg, Consumer<Problem> problems) {
        Map<String, Object> data = common(PageKind.ACTIONS, SiteLayout.ACTIONS, msg);
        data.put("actions", actions);
        data.put(
                "owners",
                actions.stream()
                        .map(ActionRow::owner)
                        .filter(Objects::nonNull)
                        .distinct()
                        .sorted()
                        .toList());
        data.put(
                "kitChoices",
                actions.stream()
                        .map(a -> List.of(a.kitId(), a.kitTitle()))
                        .distinct()
                        .sorted(Comparator.comparing((List<String> k) -> k.get(1))
                                .thenComparing(k -> k.get(0)))
                        .toList());
        data.put(
                "statuses",
                Arrays.stream(ActionStatus.values()).map(ActionStatus::key).toList());
        data.put("asOf", settings.asOf().map(LocalDate::toString).orElse(null));
        Set<String> withCalendar = ActionsLedger.ownersWithCalendar(actions);
        data.put(
                "ownerLinks",
                ActionsLedger.ownerSlugs(actions).entrySet().stream()
                        .map(o -> new OwnerLink(
                                o.getKey(),
                                SiteLayout.ACTIONS + "?owner=" + URLEncoder.encode(o.getKey(), StandardCharsets.UTF_8),
                                withCalendar.contains(o.getKey()) ? SiteLayout.ownerCalendar(o.getValue()) : null))
                        .toList());
        data.put("csv", SiteLayout.ACTIONS_CSV);
        data.put("json", SiteLayout.ACTIONS_JSON);
        // streamed: at 1,000 kits the ledger is 35 MB of HTML
        return out -> templates.renderTo(out, PageKind.ACTIONS.template(), data, "the actions page", problems);
    }

    public Optional<String> notFound(Messages msg, Consumer<Problem> problems) {
        return templates.render(
                PageKind.NOT_FOUND.template(),
                common(PageKind.NOT_FOUND, SiteLayout.NOT_FOUND, msg),
                "the 404 page",
                problems);
    }

    public Optional<String> kit(KitView kit, List<DocumentLink> documents, Messages msg, Consumer<Problem> problems) {
        Map<String, Object> data = common(PageKind.KIT, kit.url(), msg);
        data.put("kit", kit);
        data.put("participantPage", SiteLayout.participantPage(kit.id()));
        data.put("documents", documents);
        return kitPage(PageKind.KIT, kit.id(), kit.url(), data, PageLinks.ofKit(kit, kit.url()), problems);
    }

    /**
     * The kit's page for participants. {@code documents}: the printed documents for participants (the whole-series
     * handout), {@code sessionDocuments}: each session's handout by session id.
     */
    public Optional<String> participants(
            KitView kit,
            List<DocumentLink> documents,
            Map<String, List<DocumentLink>> sessionDocuments,
            Messages msg,
            Consumer<Problem> problems) {
        String path = SiteLayout.participantPage(kit.id());
        Map<String, Object> data = common(PageKind.PARTICIPANTS, path, msg);
        data.put("kit", kit);
        data.put("documents", documents);
        data.put("sessionDocuments", sessionDocuments);
        return kitPage(PageKind.PARTICIPANTS, kit.id(), path, data, PageLinks.ofKit(kit, path), problems);
    }

    /** {@code sessionDocuments}: what was printed for this session alone (its participant handout). */
    public Optional<String> session(
            KitView kit,
            SessionView session,
            List<DocumentLink> documents,
            List<DocumentLink> sessionDocuments,
            Messages msg,
            Consumer<Problem> problems) {
        Map<String, Object> data = common(PageKind.SESSION, session.links().url(), msg);
        data.put("kit", kit);
        data.put("session", session);
        data.put("documents", documents);
        data.put("sessionDocuments", sessionDocuments);
        data.put("runPage", SiteLayout.runPage(kit.id(), session.id()));
        return kitPage(
                PageKind.SESSION,
                kit.id(),
                session.links().url(),
                data,
                PageLinks.ofKit(kit, session.links().url()),
                problems);
    }

    /**
     * A Markdown attachment as a page. One for participants leads back to the participant page, never to facilitator
     * pages.
     */
    public Optional<String> attachment(
            KitView kit, AttachmentView attachment, Messages msg, Consumer<Problem> problems) {
        String path = attachment.pagePath();
        Map<String, Object> data = common(PageKind.ATTACHMENT, path, msg);
        data.put("kit", kit);
        data.put("attachment", attachment);
        data.put("kitHome", attachment.forParticipants() ? SiteLayout.participantPage(kit.id()) : kit.url());
        return kitPage(PageKind.ATTACHMENT, kit.id(), path, data, PageLinks.ofAttachment(kit, attachment), problems);
    }

    /** A session's run mode: the timer with its presenter and audience windows, or a pulse's launch sheet. */
    public Optional<String> run(KitView kit, RunView run, Messages msg, Consumer<Problem> problems) {
        String path = SiteLayout.runPage(run.kitId(), run.sessionId());
        Map<String, Object> data = common(PageKind.RUN, path, msg);
        data.put("run", run);
        return kitPage(PageKind.RUN, run.kitId(), path, data, PageLinks.ofKit(kit, path), problems);
    }

    /** A page of one kit: its Markdown's links lead from {@code links}' page, and its problems name kit and page. */
    private Optional<String> kitPage(
            PageKind kind,
            String kitId,
            String path,
            Map<String, Object> data,
            PageLinks links,
            Consumer<Problem> problems) {
        return templates.render(kind.template(), data, links, "kit '" + kitId + "', page " + path, problems);
    }

    private Map<String, Object> common(PageKind kind, String path, Messages msg) {
        Map<String, Object> data = new HashMap<>();
        data.put("page", kind.name().toLowerCase(Locale.ROOT));
        data.put("root", SiteLayout.rootOf(path));
        data.put("path", path);
        data.put("msg", msg.labels());
        data.put("lang", msg.locale().toLanguageTag());
        data.put("site", settings);
        // A public page shows nothing of facilitators/ (no search over facilitator text, no ledger), so that a host
        // that keeps that folder from participants leaves them no dead links.
        data.put("publicPage", !SiteLayout.isFacilitatorMaterial(path));
        data.put("home", SiteLayout.INDEX);
        data.put("catalogue", SiteLayout.CATALOGUE);
        data.put("actionsPage", SiteLayout.ACTIONS);
        data.put("searchIndex", SiteLayout.SEARCH_INDEX);
        settings.siteUrl().ifPresent(url -> data.put("canonical", url + path));
        return data;
    }
}
