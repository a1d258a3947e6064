package dev.alignkit.render;

import dev.alignkit.content.AgendaItem;
import dev.alignkit.content.Kit;
import dev.alignkit.content.Markdown;
import dev.alignkit.content.Phase;
import dev.alignkit.content.Session;
import dev.alignkit.content.Task;
import java.util.ArrayList;
import java.util.List;

/**
 * The client-side search index: kits, sessions, prompts, agenda items and checklist items, each linking to the
 * page (and place) it comes from. It is a script that sets a global, not JSON to fetch, because browsers refuse
 * {@code fetch} on {@code file://} and the site must work from a file share.
 */
public final class SearchIndex {
    public static final String PATH = "search-index.js";

    public record Entry(String id, String kind, String title, String text, String kit, String url) {}

    private final MarkdownRenderer markdown;
    private final List<Entry> entries = new ArrayList<>();

    private SearchIndex(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /**
     * One kit's entries as lines of the script, which a preview session keeps for kits that did not change: writing
     * the whole index anew is most of a one-kit rebuild among a thousand kits.
     */
    public static String kitLines(Kit kit, Views.KitView view, MarkdownRenderer markdown) {
        SearchIndex index = new SearchIndex(markdown);
        index.add(kit, view);
        StringBuilder out = new StringBuilder();
        for (Entry e : index.entries) {
            out.append(out.isEmpty() ? "" : ",\n").append("{\"id\":").append(string(e.id())).append(",\"kind\":").append(string(e.kind()))
                    .append(",\"title\":").append(string(e.title())).append(",\"text\":").append(string(e.text()))
                    .append(",\"kit\":").append(string(e.kit())).append(",\"url\":").append(string(e.url())).append('}');
        }
        return out.toString();
    }

    private void add(Kit kit, Views.KitView view) {
        String kitUrl = view.url();
        entries.add(new Entry(kit.id(), "kit", kit.title(), join(kit.strategy(), kit.summary().map(this::plain).orElse(""),
                String.join(" ", kit.tags()), String.join(" ", kit.stakeholders().stream().map(s -> s.name()).toList())), kit.title(), kitUrl));
        for (int i = 0; i < kit.sessions().size(); i++) {
            Session session = kit.sessions().get(i);
            String url = view.sessions().get(i).url();
            String base = kit.id() + "/" + session.id();
            entries.add(new Entry(base, "session", session.title(), join(session.format().key(),
                    session.objective().map(this::plain).orElse("")), kit.title(), url));
            for (int p = 0; p < session.prompts().size(); p++) {
                entries.add(new Entry(base + "#prompt-" + (p + 1), "prompt", plain(session.prompts().get(p)), "", kit.title(),
                        url + "#prompt-" + (p + 1)));
            }
            for (int a = 0; a < session.agenda().size(); a++) {
                AgendaItem item = session.agenda().get(a);
                entries.add(new Entry(base + "#agenda-" + (a + 1), "agenda", item.title(), item.lead().orElse(""), kit.title(),
                        url + "#agenda-" + (a + 1)));
            }
            addTasks(session.followUp(), kit.title(), url, view.sessions().get(i).followUp());
        }
        for (int p = 0; p < kit.phases().size(); p++) {
            Phase phase = kit.phases().get(p);
            addTasks(phase.checklist(), kit.title() + " · " + phase.title(), kitUrl, view.phases().get(p).checklist());
        }
    }

    private void addTasks(List<Task> tasks, String context, String pageUrl, List<Views.TaskView> views) {
        for (int t = 0; t < tasks.size(); t++) {
            Task task = tasks.get(t);
            String id = views.get(t).id();
            entries.add(new Entry(id, "task", task.item(), join(task.owner().orElse(""), task.details().map(this::plain).orElse("")),
                    context, pageUrl + "#" + id));
        }
    }

    /** The script: {@code window.alignkitSearchIndex = [...]}, from the kits' lines in a stable order. */
    public static String script(List<String> kitLines) {
        return "window.alignkitSearchIndex = [\n" + String.join(",\n", kitLines.stream().filter(l -> !l.isEmpty()).toList()) + "\n];\n";
    }

    private String plain(Markdown text) {
        return markdown.plainText(text);
    }

    /** Enough words to match and to show; the index is loaded by every page, so it must stay small. */
    private static final int MAX_TEXT = 200;

    private static String join(String... parts) {
        String text = String.join(" ", java.util.Arrays.stream(parts).filter(p -> !p.isBlank()).toList());
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
