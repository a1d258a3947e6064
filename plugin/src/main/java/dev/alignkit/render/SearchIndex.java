package dev.alignkit.render;

import dev.alignkit.content.AgendaItem;
import dev.alignkit.content.Kit;
import dev.alignkit.content.Phase;
import dev.alignkit.content.Session;
import dev.alignkit.content.Task;
import dev.alignkit.site.SiteLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The client-side search index: kits, sessions, prompts, agenda items and checklist items, each linking to the
 * page (and place) it comes from. It is a script that sets a global, not JSON to fetch, because browsers refuse
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
    public static String kitPart(Kit kit, Views.KitView view) {
        SearchIndex index = new SearchIndex();
        index.add(kit, view);
        StringBuilder out = new StringBuilder(index.entries.size() * 120)
                .append("{\"kit\":")
                .append(string(kit.title()))
                .append(",\"url\":")
                .append(string(SiteLayout.kitFolder(kit.id())))
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

    private void add(Kit kit, Views.KitView view) {
        entries.add(new Entry(
                "kit",
                kit.title(),
                join(
                        kit.strategy(),
                        text(view.summary()),
                        String.join(" ", kit.tags()),
                        String.join(
                                " ",
                                kit.stakeholders().stream().map(s -> s.name()).toList())),
                page(kit, view.url()),
                null));
        for (int i = 0; i < kit.sessions().size(); i++) {
            Session session = kit.sessions().get(i);
            Views.SessionView sessionView = view.sessions().get(i);
            String page = page(kit, sessionView.url());
            entries.add(new Entry(
                    "session",
                    session.title(),
                    join(session.format().key(), text(sessionView.objective())),
                    page,
                    null));
            for (int p = 0; p < sessionView.prompts().size(); p++) {
                entries.add(
                        new Entry("prompt", text(sessionView.prompts().get(p)), "", page + "#prompt-" + (p + 1), null));
            }
            for (int a = 0; a < session.agenda().size(); a++) {
                AgendaItem item = session.agenda().get(a);
                // the view's title: an unnamed break is named in the kit's language there
                String title = sessionView.agenda().get(a).title();
                entries.add(new Entry("agenda", title, item.lead().orElse(""), page + "#agenda-" + (a + 1), null));
            }
            addTasks(session.followUp(), null, page, sessionView.followUp());
        }
        for (int p = 0; p < kit.phases().size(); p++) {
            Phase phase = kit.phases().get(p);
            addTasks(
                    phase.checklist(),
                    phase.title(),
                    page(kit, view.url()),
                    view.phases().get(p).checklist());
        }
    }

    private void addTasks(List<Task> tasks, String phase, String page, List<Views.TaskView> views) {
        for (int t = 0; t < tasks.size(); t++) {
            Task task = tasks.get(t);
            Views.TaskView view = views.get(t);
            entries.add(new Entry(
                    "task",
                    task.item(),
                    join(task.owner().orElse(""), text(view.details())),
                    page + "#" + view.anchor(),
                    phase));
        }
    }

    /** A page's address within its kit's folder. */
    private static String page(Kit kit, String url) {
        return SiteLayout.withinKit(kit.id(), url);
    }

    /** The script: {@code window.alignkitSearchIndex = [...]}, from the kits' parts in a stable order. */
    public static String script(List<String> kitParts) {
        return "window.alignkitSearchIndex = [\n" + String.join(",\n", kitParts) + "\n];\n";
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
