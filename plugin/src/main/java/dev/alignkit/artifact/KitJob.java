package dev.alignkit.artifact;

import dev.alignkit.artifact.StageTimes.Stage;
import dev.alignkit.content.Kit;
import dev.alignkit.diagnostics.Problem;
import dev.alignkit.output.SiteSink;
import dev.alignkit.render.Messages;
import dev.alignkit.render.Views.DocumentLink;
import dev.alignkit.render.Views.KitView;
import dev.alignkit.render.Views.SessionView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** One kit being rendered: what its artifacts read, where they write, and the documents written so far for its pages. */
public final class KitJob {
    private final Kit kit;
    private final KitView view;
    private final Messages msg;
    private final SiteSink sink;
    private final Consumer<Problem> problems;
    private final UrlWarnings warnings;
    private final RenderTools tools;
    private final List<DocumentLink> documents = new ArrayList<>();
    private final Map<String, List<DocumentLink>> sessionDocuments = new HashMap<>();
    private String searchPart = "";

    KitJob(
            Kit kit,
            KitView view,
            Messages msg,
            SiteSink sink,
            Consumer<Problem> problems,
            UrlWarnings warnings,
            RenderTools tools) {
        this.kit = kit;
        this.view = view;
        this.msg = msg;
        this.sink = sink;
        this.problems = problems;
        this.warnings = warnings;
        this.tools = tools;
    }

    public Kit kit() {
        return kit;
    }

    public KitView view() {
        return view;
    }

    /** A session of the kit as its page shows it, found by its id. */
    public SessionView sessionView(String sessionId) {
        return view.sessions().stream()
                .filter(s -> s.id().equals(sessionId))
                .findFirst()
                .orElseThrow();
    }

    public Messages msg() {
        return msg;
    }

    public SiteSink sink() {
        return sink;
    }

    public Consumer<Problem> problems() {
        return problems;
    }

    UrlWarnings warnings() {
        return warnings;
    }

    public RenderTools tools() {
        return tools;
    }

    /** A document written for the kit, which its pages then link. */
    public void addDocument(String kind, String title, String path, long bytes) {
        documents.add(new DocumentLink(kind, title, path, FileSize.text(bytes)));
    }

    public List<DocumentLink> documents() {
        return List.copyOf(documents);
    }

    /** A document written for one session (its handout), which that session's page links. */
    public void addSessionDocument(String sessionId, String kind, String title, String path, long bytes) {
        sessionDocuments
                .computeIfAbsent(sessionId, id -> new ArrayList<>())
                .add(new DocumentLink(kind, title, path, FileSize.text(bytes)));
    }

    /** Every session's documents, by session id. */
    public Map<String, List<DocumentLink>> sessionDocuments() {
        return Map.copyOf(sessionDocuments);
    }

    public List<DocumentLink> sessionDocuments(String sessionId) {
        return List.copyOf(sessionDocuments.getOrDefault(sessionId, List.of()));
    }

    /** The kit's entries in the site's search index. */
    public void searchPart(String part) {
        searchPart = part;
    }

    String searchPart() {
        return searchPart;
    }

    public <T> T timed(Stage stage, Supplier<T> work) {
        long started = System.nanoTime();
        try {
            return work.get();
        } finally {
            tools.times().add(stage, started);
        }
    }
}
