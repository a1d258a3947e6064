package dev.alignkit.render;

import dev.alignkit.site.SiteLayout;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The client-side search index: kits, sessions, prompts, agenda items and checklist items, each linking to the
 * page (and place) it comes from. It holds facilitator text (objectives, follow-up) and links facilitator pages, so it
 * lives under {@code facilitators/} and only facilitator pages load it. It is a script that sets a global, not JSON to fetch, because browsers refuse
 * {@code fetch} on {@code file://} and the site must work from a file share.
 *
 * <p>A page loads it when its search box is first used, so it is grouped by kit to stay small: the kit's title and
 * folder once, then each entry as {@code [kind, title, text, page in the kit's folder]}, with the phase's title as a
 * fifth element for a phase's checklist item. That is a third of the size of self-contained entries; site.js
 * unfolds them.
 */
public final class SearchIndex {
    private record Entry(String kind, String title, String text, String page, String phase) {}

    private final List<Entry> entries = new ArrayList<>();

    /**
     * One kit's part of the script, which a preview session keeps for kits that did not change: writing the whole
     * index anew is most of a one-kit rebuild among a thousand kits.
     */
    public static String kitPart(Views.KitView view) {
        SearchIndex index = new SearchIndex();
        index.add(view);
        StringBuilder out = new StringBuilder(index.entries.size() * 120)
                .append("{\"kit\":")
                .append(string(view.title()))
                .append(",\"url\":")
                .append(string(SiteLayout.facilitatorKitFolder(view.id())))
                .append(",\"entries\":[");
        for (Entry e : index.entries) {
            out.append(e == index.entries.get(0) ? "\n[" : ",\n[")
                    .append(string(e.kind()))
                    .append(',')
                    .append(string(e.title()))
                    .append(',')
                    .append(string(e.text()))
                    .append(',')
                    .append(string(e.page()));
            if (e.phase() != null) {
                out.append(',').append(string(e.phase()));
            }
            out.append(']');
        }
        return out.append("]}").toString();
    }

    private void add(Views.KitView kit) {
        entries.add(new Entry(
                "kit",
                kit.title(),
                join(
                        kit.texts().strategy(),
                        text(kit.texts().summary()),
                        String.join(" ", kit.about().tags()),
                        String.join(" ", kit.people().departments())),
                page(kit, kit.url()),
                null));
        for (Views.SessionView session : kit.sessions()) {
            String page = page(kit, session.links().url());
            entries.add(new Entry(
                    "session",
                    session.title(),
                    join(session.format().key(), text(session.texts().objective())),
                    page,
                    null));
            for (int p = 0; p < session.prompts().size(); p++) {
                entries.add(new Entry("prompt", text(session.prompts().get(p)), "", page + "#prompt-" + (p + 1), null));
            }
            for (Views.AgendaRow row : session.agenda().rows()) {
                entries.add(new Entry(
                        "agenda",
                        row.title(),
                        row.lead() == null ? "" : row.lead(),
                        page + "#agenda-" + row.number(),
                        null));
            }
            addTasks(session.followUp(), null, page);
        }
        for (Views.PhaseView phase : kit.tracking().phases()) {
            addTasks(phase.checklist(), phase.title(), page(kit, kit.url()));
        }
    }

    private void addTasks(List<Views.TaskView> tasks, String phase, String page) {
        for (Views.TaskView task : tasks) {
            entries.add(new Entry(
                    "task",
                    task.item(),
                    join(task.owner() == null ? "" : task.owner(), text(task.details())),
                    page + "#" + task.anchor(),
                    phase));
        }
    }

    /** A page's address within its kit's facilitator folder. */
    private static String page(Views.KitView kit, String url) {
        return SiteLayout.withinFacilitatorFolder(kit.id(), url);
    }

    /**
     * The script, {@code window.alignkitSearchIndex = [...]}, from the kits' parts in a stable order, written kit by
     * kit to {@code out}: at 1,000 kits it is some 12 MB.
     */
    public static void writeScript(List<String> kitParts, Writer out) throws IOException {
        out.write("window.alignkitSearchIndex = [\n");
        for (int i = 0; i < kitParts.size(); i++) {
            out.write(i == 0 ? "" : ",\n");
            out.write(kitParts.get(i));
        }
        out.write("\n];\n");
    }

    private static String text(Html html) {
        return html == null ? "" : html.text();
    }

    /** Enough words to match and to show; every page that searches loads the whole index, so it must stay small. */
    private static final int MAX_TEXT = 200;

    private static String join(String... parts) {
        String text =
                String.join(" ", Arrays.stream(parts).filter(p -> !p.isBlank()).toList());
        if (text.length() <= MAX_TEXT) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_TEXT);
        return text.substring(0, cut > MAX_TEXT / 2 ? cut : MAX_TEXT);
    }

    private static String string(String text) {
        return JsonString.quote(text);
    }
}
