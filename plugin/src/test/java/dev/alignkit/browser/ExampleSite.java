package dev.alignkit.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.build.BuildConfig;
import dev.alignkit.build.BuildReport;
import dev.alignkit.build.SiteBuilder;
import dev.alignkit.content.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The example kits of {@code ../content}, built once per test run with the engine (HTML only, built-in theme from
 * the class path) into {@code target/browser/project/site}, and the entries of its search index.
 */
final class ExampleSite {
    /** One entry of search-index.js. */
    record Entry(String id, String kind, String title, String text, String kit, String url) {
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
        assertTrue(report.succeeded(), () -> "the example site does not build:\n"
                + report.problems().stream().map(Problem::format).collect(Collectors.joining("\n")));
        return project.resolve("site");
    }

    private static final Pattern ENTRY = Pattern.compile(
            "\\{\"id\":(\"(?:[^\"\\\\]|\\\\.)*\"),\"kind\":(\"(?:[^\"\\\\]|\\\\.)*\"),\"title\":(\"(?:[^\"\\\\]|\\\\.)*\"),"
                    + "\"text\":(\"(?:[^\"\\\\]|\\\\.)*\"),\"kit\":(\"(?:[^\"\\\\]|\\\\.)*\"),\"url\":(\"(?:[^\"\\\\]|\\\\.)*\")\\}");

    /** The entries of search-index.js, in order. */
    static List<Entry> searchIndex() {
        String script;
        try {
            script = Files.readString(site().resolve("search-index.js"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Entry> entries = new ArrayList<>();
        Matcher m = ENTRY.matcher(script);
        while (m.find()) {
            entries.add(new Entry(json(m.group(1)), json(m.group(2)), json(m.group(3)), json(m.group(4)), json(m.group(5)),
                    json(m.group(6))));
        }
        assertTrue(script.startsWith("window.alignkitSearchIndex = [") && !entries.isEmpty(), "search-index.js has no entries");
        return entries;
    }

    /** A JSON string literal's value (the escapes SearchIndex writes). */
    private static String json(String literal) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = literal.charAt(++i);
            switch (e) {
                case 'u' -> {
                    out.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                default -> out.append(e);
            }
        }
        return out.toString();
    }

    /** Every HTML page of the site, as '/'-separated paths relative to the site. */
    static List<String> pages() {
        try (Stream<Path> files = Files.walk(site())) {
            return files.filter(p -> p.toString().endsWith(".html")).map(p -> site().relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
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
