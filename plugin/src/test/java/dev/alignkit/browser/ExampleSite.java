package dev.alignkit.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alignkit.diagnostics.Problem;
import dev.alignkit.engine.BuildConfig;
import dev.alignkit.engine.BuildReport;
import dev.alignkit.engine.SiteBuilder;
import dev.alignkit.site.SiteLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The example kits of {@code ../content}, built once per test run with the engine (HTML only, built-in theme from
 * the class path) into {@code target/browser/project/site}, and the entries of its search index.
 */
final class ExampleSite {
    /** One entry of search-index.js. */
    record Entry(String kind, String title, String text, String kit, String url) {
        String page() {
            int hash = url.indexOf('#');
            return hash < 0 ? url : url.substring(0, hash);
        }

        String anchor() {
            int hash = url.indexOf('#');
            return hash < 0 ? "" : url.substring(hash + 1);
        }
    }

    private static Path site;

    private ExampleSite() {}

    /** The built site's folder. */
    static synchronized Path site() {
        if (site == null) {
            site = build();
        }
        return site;
    }

    private static Path build() {
        Path base = Path.of("target", "browser").toAbsolutePath();
        Path project = base.resolve("project");
        try {
            deleteTree(project);
            copyTree(Path.of("..", "content").toAbsolutePath().normalize(), project.resolve("content"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BuildReport report = new SiteBuilder(BuildConfig.forProject(project).withPdf(false)).build();
        assertTrue(
                report.succeeded(),
                () -> "the example site does not build:\n"
                        + report.problems().stream().map(Problem::format).collect(Collectors.joining("\n")));
        return project.resolve("site");
    }

    /** The entries of search-index.js, in order, unfolded from their kits as site.js unfolds them. */
    static List<Entry> searchIndex() {
        String script;
        JsonNode kits;
        String prefix = "window.alignkitSearchIndex = ";
        try {
            script = Files.readString(site().resolve(SiteLayout.SEARCH_INDEX), StandardCharsets.UTF_8)
                    .strip();
            assertTrue(script.startsWith(prefix) && script.endsWith(";"), "search-index.js does not set the global");
            kits = new ObjectMapper().readTree(script.substring(prefix.length(), script.length() - 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode kit : kits) {
            for (JsonNode e : kit.get("entries")) {
                String context = e.size() > 4
                        ? kit.get("kit").asText() + " · " + e.get(4).asText()
                        : kit.get("kit").asText();
                entries.add(new Entry(
                        e.get(0).asText(),
                        e.get(1).asText(),
                        e.get(2).asText(),
                        context,
                        kit.get("url").asText() + e.get(3).asText()));
            }
        }
        assertTrue(!entries.isEmpty(), "search-index.js has no entries");
        return entries;
    }

    /** Every HTML page of the site, as '/'-separated paths relative to the site. */
    static List<String> pages() {
        try (Stream<Path> files = Files.walk(site())) {
            return files.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> site().relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
