package dev.alignkit.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.alignkit.browser.ExampleSite.Entry;
import dev.alignkit.site.SiteLayout;
import dev.alignkit.site.UrlPath;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The built site served by a real nginx on loopback under {@code /kits/} (an {@code alias}, as on an intranet
 * host): a crawler from {@code /kits/index.html} follows every href and src of every page, every {@code url()} of
 * every style sheet and every link of the search index, and finds no broken link, asset or anchor, no
 * root-relative ("/...") reference and no folder-style link that only works because the server adds index.html.
 *
 * <p>The same site is also served under {@code /restricted/} with the README's rule for keeping facilitator material
 * from participants: one {@code location} on the {@code facilitators/} prefix that asks for a password.
 */
@ExtendWith(BrowserTools.NeedsNginx.class)
class NginxCrawlTest {
    private static final String PREFIX = "/kits/";
    /** The site again, its facilitator folder behind basic authentication, as the README's hosting section says. */
    private static final String RESTRICTED = "/restricted/";

    private static final String FACILITATOR_LOGIN = "facilitator:secret";
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");

    private static Path temp;
    private static Process nginx;
    private static int port;
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @BeforeAll
    static void startNginx() throws Exception {
        if (BrowserTools.skipped(BrowserTools.NGINX)) {
            return;
        }
        BrowserTools.require(BrowserTools.NGINX);
        Path site = ExampleSite.site();
        temp = Files.createTempDirectory("alignkit-nginx-");
        for (String dir : List.of("logs", "client_body", "proxy", "fastcgi", "uwsgi", "scgi")) {
            Files.createDirectories(temp.resolve(dir));
        }
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Path mimeTypes = Path.of("/etc/nginx/mime.types");
        String types = Files.isRegularFile(mimeTypes)
                ? "include " + mimeTypes + ";"
                : "types { text/html html; text/css css; text/javascript js; image/svg+xml svg; application/pdf pdf; application/json json; }";
        String conf = """
                daemon off;
                master_process off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 64; }
                http {
                  %2$s
                  types { text/calendar ics; }
                  default_type application/octet-stream;
                  access_log %1$s/logs/access.log;
                  client_body_temp_path %1$s/client_body;
                  proxy_temp_path %1$s/proxy;
                  fastcgi_temp_path %1$s/fastcgi;
                  uwsgi_temp_path %1$s/uwsgi;
                  scgi_temp_path %1$s/scgi;
                  server {
                    listen 127.0.0.1:%3$d;
                    server_name localhost;
                    location /kits/ {
                      alias %4$s/;
                      autoindex off;
                    }
                    location /restricted/ {
                      alias %4$s/;
                    }
                    location /restricted/facilitators/ {
                      alias %4$s/facilitators/;
                      auth_basic "Facilitators";
                      auth_basic_user_file %1$s/facilitators.htpasswd;
                    }
                  }
                }
                """.formatted(temp, types, port, site.toAbsolutePath());
        Files.writeString(temp.resolve("facilitators.htpasswd"), "facilitator:{PLAIN}secret\n");
        Path confFile = temp.resolve("nginx.conf");
        Files.writeString(confFile, conf);
        nginx = new ProcessBuilder(
                        BrowserTools.Tool.NGINX.path().toString(),
                        "-e",
                        temp.resolve("logs/error.log").toString(),
                        "-p",
                        temp.toString(),
                        "-c",
                        confFile.toString())
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("logs/stdout.log").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                break;
            } catch (IOException notYet) {
                if (!nginx.isAlive() || System.nanoTime() > deadline) {
                    fail("nginx did not start:\n" + log("stdout.log") + log("error.log"));
                }
                Thread.sleep(50);
            }
        }
    }

    @AfterAll
    static void stopNginx() throws Exception {
        if (nginx != null) {
            nginx.destroy();
            if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
                nginx.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        if (temp != null) {
            ExampleSite.deleteTree(temp);
        }
    }

    private static String log(String name) {
        try {
            Path file = temp.resolve("logs").resolve(name);
            return Files.isRegularFile(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static URI base() {
        return URI.create("http://127.0.0.1:" + port + PREFIX);
    }

    private record Fetched(int status, String type, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final Map<URI, Fetched> fetched = new HashMap<>();

    private Fetched get(URI uri) throws IOException, InterruptedException {
        Fetched known = fetched.get(uri);
        if (known != null) {
            return known;
        }
        HttpResponse<byte[]> response = HTTP.send(
                HttpRequest.newBuilder(uri)
                        .timeout(Duration.ofSeconds(10))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        Fetched result = new Fetched(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body());
        fetched.put(uri, result);
        return result;
    }

    @Test
    void crawlFindsNoBrokenLinksAssetsOrAnchorsAndNoAbsolutePaths() throws Exception {
        List<String> problems = new ArrayList<>();
        Deque<URI> queue = new ArrayDeque<>();
        Set<URI> seen = new LinkedHashSet<>();
        Map<URI, Set<String>> anchorsWanted = new HashMap<>();
        // The 404 page is not linked from anywhere, but served for every missing address.
        for (String start : List.of("index.html", "404.html")) {
            URI uri = base().resolve(start);
            seen.add(uri);
            queue.add(uri);
        }
        Map<URI, Set<String>> ids = new HashMap<>();
        int pages = 0;
        while (!queue.isEmpty()) {
            URI uri = queue.poll();
            Fetched response = get(uri);
            if (response.status() != 200) {
                problems.add(uri.getPath() + " answers " + response.status());
                continue;
            }
            List<String> references = new ArrayList<>();
            if (response.type().startsWith("text/html")) {
                pages++;
                Document doc = Jsoup.parse(response.text(), uri.toString());
                Set<String> pageIds = new TreeSet<>();
                doc.select("[id]").forEach(e -> pageIds.add(e.id()));
                ids.put(uri, pageIds);
                for (Element element : doc.select("[href], [src], form[action], [data-index]")) {
                    for (String attribute : List.of("href", "src", "action", "data-index")) {
                        if (element.hasAttr(attribute)) {
                            references.add(element.attr(attribute));
                        }
                    }
                }
                doc.select("[style]").forEach(e -> cssUrls(e.attr("style"), references));
                doc.select("style").forEach(e -> cssUrls(e.data(), references));
            } else if (response.type().startsWith("text/css")) {
                cssUrls(response.text(), references);
            } else if (uri.getPath().endsWith(".ics")) {
                assertTrue(response.type().startsWith("text/calendar"), uri + " is served as " + response.type());
                assertTrue(response.text().startsWith("BEGIN:VCALENDAR"), uri + " is a calendar");
            }
            for (String reference : references) {
                if (reference.isEmpty()) {
                    problems.add(uri.getPath() + " has an empty link");
                    continue;
                }
                if (reference.startsWith("/")) {
                    problems.add(uri.getPath() + " references the absolute path " + reference);
                    continue;
                }
                if (reference.matches("(?s)[a-zA-Z][a-zA-Z0-9+.-]*:.*") && !reference.matches("(?s)https?:.*")) {
                    continue; // mailto:, tel:, data:
                }
                URI target;
                try {
                    target = uri.resolve(reference.replace(" ", "%20"));
                } catch (IllegalArgumentException e) {
                    problems.add(uri.getPath() + " has a malformed link " + reference);
                    continue;
                }
                if (!base().getAuthority().equals(target.getAuthority())) {
                    continue; // another host: not ours to check (and no network here)
                }
                if (!target.getPath().startsWith(PREFIX)) {
                    problems.add(uri.getPath() + " leaves the site with " + reference);
                    continue;
                }
                if (target.getPath().endsWith("/")) {
                    problems.add(uri.getPath() + " links to the folder " + reference
                            + " (needs a server that adds index.html)");
                    continue;
                }
                URI document = withoutFragment(target);
                if (target.getFragment() != null && !target.getFragment().isEmpty()) {
                    anchorsWanted
                            .computeIfAbsent(document, k -> new TreeSet<>())
                            .add(target.getFragment() + " (from " + uri.getPath() + ")");
                }
                if (seen.add(document)) {
                    queue.add(document);
                }
            }
        }

        // Every result of the search index leads to a page of the site and, with an anchor, to that element.
        List<Entry> entries = ExampleSite.searchIndex();
        for (Entry entry : entries) {
            assertTrue(
                    !entry.url().startsWith("/") && !entry.url().contains("://"),
                    "search index url is relative: " + entry.url());
            URI target = base().resolve(entry.url());
            URI document = withoutFragment(target);
            if (seen.add(document)) {
                Fetched response = get(document);
                if (response.status() != 200) {
                    problems.add("search result " + entry.url() + " leads to " + document.getPath() + ", which answers "
                            + response.status());
                    continue;
                }
                ids.put(document, new TreeSet<>());
                Jsoup.parse(response.text())
                        .select("[id]")
                        .forEach(e -> ids.get(document).add(e.id()));
            }
            if (!entry.anchor().isEmpty()) {
                anchorsWanted
                        .computeIfAbsent(document, k -> new TreeSet<>())
                        .add(entry.anchor() + " (search result " + entry.url() + ")");
            }
        }

        anchorsWanted.forEach((document, anchors) -> {
            Set<String> pageIds = ids.get(document);
            if (pageIds == null) {
                return; // not an HTML page (an .ics or a PDF with #page=...), or reported as broken above
            }
            for (String anchor : anchors) {
                String id = anchor.substring(0, anchor.indexOf(" ("));
                if (!pageIds.contains(id)) {
                    problems.add(document.getPath() + " has no element with id '" + id + "', wanted by "
                            + anchor.substring(id.length() + 1));
                }
            }
        });

        assertTrue(
                pages >= ExampleSite.pages().size(),
                "crawled " + pages + " pages, the site has "
                        + ExampleSite.pages().size() + ": every page is reachable by links");
        assertTrue(seen.stream().anyMatch(u -> u.getPath().endsWith(".ics")), "a calendar was crawled");
        assertTrue(
                seen.stream().anyMatch(u -> u.getPath().endsWith("search-index.js")),
                "the search index the pages name is served");
        assertEquals(
                List.of(),
                problems,
                "broken links or assets under nginx at " + PREFIX + " (" + seen.size() + " addresses)");
        // And nginx answers a missing page with 404, as the site's 404.html expects.
        assertEquals(404, get(base().resolve("no-such-page.html")).status());
    }

    private URI restricted(String sitePath) {
        return URI.create("http://127.0.0.1:" + port + RESTRICTED + UrlPath.encode(sitePath));
    }

    private int statusWithLogin(URI uri) throws IOException, InterruptedException {
        String login = Base64.getEncoder().encodeToString(FACILITATOR_LOGIN.getBytes(StandardCharsets.UTF_8));
        return HTTP.send(
                        HttpRequest.newBuilder(uri)
                                .timeout(Duration.ofSeconds(10))
                                .header("Authorization", "Basic " + login)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** Every file of the site, '/'-separated and relative to it. */
    private static List<String> siteFiles() throws IOException {
        Path site = ExampleSite.site();
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> site.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void aPrefixRuleOnTheFacilitatorFolderKeepsEveryFacilitatorFileBackAndEveryPublicFileOpen() throws Exception {
        List<String> problems = new ArrayList<>();
        int facilitatorFiles = 0;
        int publicFiles = 0;
        for (String path : siteFiles()) {
            int status = get(restricted(path)).status();
            if (SiteLayout.isFacilitatorMaterial(path)) {
                facilitatorFiles++;
                if (status != 401) {
                    problems.add(path + " answers " + status + " without a login");
                }
            } else {
                publicFiles++;
                if (status != 200) {
                    problems.add(path + " answers " + status + " to a participant");
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(
                facilitatorFiles > 0 && publicFiles > 0, facilitatorFiles + " facilitator, " + publicFiles + " public");
        assertEquals(200, statusWithLogin(restricted(SiteLayout.CATALOGUE)), "a facilitator logs in");
        assertEquals(200, statusWithLogin(restricted(SiteLayout.SEARCH_INDEX)), "and searches");
    }

    @Test
    void participantPagesAndTheirDocumentsOpenBehindTheRuleAndLinkNothingItKeepsBack() throws Exception {
        List<String> participantPages = siteFiles().stream()
                .filter(p -> p.endsWith("/participants.html"))
                .toList();
        assertFalse(participantPages.isEmpty());
        List<String> problems = new ArrayList<>();
        List<String> intoFacilitators = new ArrayList<>();
        Deque<URI> queue = new ArrayDeque<>();
        Set<URI> seen = new LinkedHashSet<>();
        for (String start : Stream.concat(Stream.of(SiteLayout.INDEX, SiteLayout.NOT_FOUND), participantPages.stream())
                .toList()) {
            seen.add(restricted(start));
            queue.add(restricted(start));
        }
        URI facilitators = restricted(SiteLayout.FACILITATORS + "/");
        while (!queue.isEmpty()) {
            URI uri = queue.poll();
            Fetched response = get(uri);
            if (response.status() != 200) {
                problems.add(uri.getPath() + " answers " + response.status() + " to a participant");
                continue;
            }
            if (!response.type().startsWith("text/html")) {
                continue;
            }
            Document doc = Jsoup.parse(response.text(), uri.toString());
            for (Element element : doc.select("[href], [src], form[action], [data-index]")) {
                for (String attribute : List.of("href", "src", "action", "data-index")) {
                    String reference = element.attr(attribute);
                    if (!element.hasAttr(attribute) || reference.isEmpty() || reference.startsWith("#")) {
                        continue;
                    }
                    URI target = withoutFragment(uri.resolve(reference.replace(" ", "%20")));
                    if (!base().getAuthority().equals(target.getAuthority())) {
                        continue;
                    }
                    if (target.getPath().startsWith(facilitators.getPath())) {
                        intoFacilitators.add(uri.getPath() + " -> " + target.getPath());
                    } else if (seen.add(target)) {
                        queue.add(target);
                    }
                }
            }
        }
        assertEquals(List.of(), problems, "participant pages and what they link, behind the rule");
        // The home page's one way in for facilitators; no participant page links anything the rule keeps back.
        assertEquals(
                List.of(restricted(SiteLayout.INDEX).getPath() + " -> "
                        + restricted(SiteLayout.CATALOGUE).getPath()),
                intoFacilitators);
        assertTrue(
                seen.stream().anyMatch(u -> u.getPath().contains("/files/")),
                "a participant attachment was opened: " + seen);
    }

    private static void cssUrls(String css, List<String> into) {
        Matcher m = CSS_URL.matcher(css);
        while (m.find()) {
            into.add(m.group(1).trim());
        }
    }

    private static URI withoutFragment(URI uri) {
        try {
            return new URI(uri.getScheme(), uri.getAuthority(), uri.getPath(), uri.getQuery(), null);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
