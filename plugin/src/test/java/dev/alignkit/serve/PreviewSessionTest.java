package dev.alignkit.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.engine.BuildConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server: serves the site with live reload, rebuilds on change, and never serves outside the site. */
class PreviewSessionTest {
    @TempDir
    Path project;

    private PreviewSession session;
    private final BlockingQueue<String> console = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws IOException {
        dev.alignkit.support.ExampleProject.copyTo(project);
        session = new PreviewSession(BuildConfig.forProject(project).withPdf(false), "127.0.0.1", 0, console::add);
        assertTrue(session.start().succeeded(), console.toString());
    }

    @AfterEach
    void stop() throws IOException {
        session.close();
    }

    private HttpURLConnection get(String path) throws IOException {
        return (HttpURLConnection) URI.create(session.address() + path.replaceFirst("^/", ""))
                .toURL()
                .openConnection();
    }

    private String body(String path) throws IOException {
        HttpURLConnection connection = get(path);
        assertEquals(200, connection.getResponseCode(), path);
        return new String(connection.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void pagesAreServedWithTheLiveReloadScriptWhichTheFilesDoNotContain() throws IOException {
        assertTrue(body("/index.html").contains("/__alignkit/live.js"));
        assertTrue(body("/").contains("/__alignkit/live.js"), "a folder serves its index.html");
        assertFalse(Files.readString(project.resolve("target/alignkit/preview/index.html"))
                .contains("__alignkit"));
        assertTrue(body("/__alignkit/live.js").contains("EventSource"));
    }

    @Test
    void thePreviewIsBuiltOutsideThePublishedSite() {
        assertFalse(Files.exists(project.resolve("site")), "only align:site writes site/");
        assertTrue(Files.isRegularFile(project.resolve("target/alignkit/preview/index.html")));
    }

    @Test
    void nothingOutsideTheSiteIsServed() throws IOException {
        Files.writeString(project.resolve("secret.txt"), "secret");
        for (String path :
                new String[] {"/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/assets/../../secret.txt"}) {
            assertEquals(404, rawStatus(path), path);
        }
    }

    /** HttpURLConnection normalises '..' itself, so the request line is written by hand. */
    private int rawStatus(String path) throws IOException {
        int port = URI.create(session.address()).getPort();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String status = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    @Test
    void editReloadsOpenPagesAndABrokenEditReportsItsPositionThenClears() throws Exception {
        BlockingQueue<String> events = listen();
        Path kit = project.resolve("content/alignment-day.yaml");
        String original = Files.readString(kit);

        Files.writeString(kit, original.replaceFirst("(?m)^title: .*$", "title: Alignment Day Live"));
        assertEquals("reload", nextEvent(events));
        assertTrue(body("/facilitators/alignment-day/index.html").contains("Alignment Day Live"));

        Files.writeString(
                kit, original.replaceFirst("(?m)^title: .*$", "title: Alignment Day Live\ngroud_rules: typo"));
        assertEquals("failed", nextEvent(events));
        assertTrue(
                body("/facilitators/alignment-day/index.html").contains("Alignment Day Live"),
                "the last good page is still served");

        Files.writeString(kit, original);
        assertEquals("ok", nextEvent(events));
        assertEquals("reload", nextEvent(events));
    }

    @Test
    void newTemplateOverrideIsPickedUpByTheRunningPreview() throws Exception {
        BlockingQueue<String> events = listen();
        Files.createDirectories(project.resolve("templates/i18n"));
        Files.writeString(project.resolve("templates/i18n/messages.properties"), "agenda=Running order\n");
        String page = "/facilitators/cross-departmental-marketing-meeting/marketing-alignment-meeting.html";
        while (!body(page).contains("Running order")) {
            assertEquals("reload", nextEvent(events), "each rebuild reloads the page until the new label shows");
        }
    }

    private BlockingQueue<String> listen() throws IOException, InterruptedException {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpURLConnection connection = get("/__alignkit/events");
        connection.setReadTimeout(30_000);
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8));
        Thread thread = new Thread(() -> {
            try {
                for (String line; (line = reader.readLine()) != null; ) {
                    if (line.startsWith("event: ")) {
                        events.add(line.substring(7));
                    }
                }
            } catch (IOException e) {
                // closed at the end of the test
            }
        });
        thread.setDaemon(true);
        thread.start();
        Thread.sleep(200);
        return events;
    }

    private static String nextEvent(BlockingQueue<String> events) throws InterruptedException {
        String event = events.poll(20, TimeUnit.SECONDS);
        assertTrue(event != null, "no event within 20 s");
        return event;
    }
}
