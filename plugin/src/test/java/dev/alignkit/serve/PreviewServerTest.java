package dev.alignkit.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The preview server on its own, over real HTTP on 127.0.0.1. Requests are written by hand on a socket: HTTP clients
 * normalise paths and will not send a forged Host header.
 */
class PreviewServerTest {
    private static final String PAGE = "<!DOCTYPE html><html><body><p>Hello</p></body></html>\n";

    @TempDir
    Path project;

    private Path site;
    private PreviewServer server;
    private final List<Socket> sockets = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        site = Files.createDirectories(project.resolve("site"));
        Files.writeString(site.resolve("index.html"), PAGE);
        Files.writeString(site.resolve("a..b.txt"), "two dots inside a name");
        Files.writeString(site.resolve("name with space+plus.txt"), "spaced");
        Files.writeString(site.resolve(".secret"), "dotfile");
        Files.createDirectories(site.resolve(".hidden"));
        Files.writeString(site.resolve(".hidden/index.html"), "dot-folder");
        Files.createDirectories(site.resolve("kit"));
        Files.writeString(site.resolve("kit/page.html"), "<html><BODY>kit page</BODY></html>");
        Files.writeString(site.resolve("404.html"), "<html><body>no such page</body></html>");
        Files.writeString(project.resolve("secret.txt"), "outside the site");
        server = new PreviewServer(site, "127.0.0.1", 0);
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
        server.close();
    }

    private record Response(int status, String head, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return head.lines()
                    .filter(l -> l.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":"))
                    .map(l -> l.substring(name.length() + 1).trim())
                    .findFirst()
                    .orElse("");
        }
    }

    private String localhost() {
        return "localhost:" + server.port();
    }

    private Response get(String path) throws IOException {
        return exchange("GET " + path + " HTTP/1.1\r\nHost: " + localhost() + "\r\nConnection: close\r\n\r\n");
    }

    private Response getWithHost(String host) throws IOException {
        return exchange("GET /index.html HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    }

    private Response exchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return parse(socket.getInputStream().readAllBytes());
        }
    }

    private static Response parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String head = text.substring(0, end);
        byte[] body = new byte[raw.length - end - 4];
        System.arraycopy(raw, end + 4, body, 0, body.length);
        return new Response(Integer.parseInt(head.split(" ")[1]), head, body);
    }

    /** Opens a request and reads its status line and headers, leaving the socket open for what follows. */
    private Response open(String request) throws IOException {
        Socket socket = new Socket("127.0.0.1", server.port());
        sockets.add(socket);
        socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
        String head = readHead(socket.getInputStream());
        return new Response(statusOf(head), head, new byte[0]);
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static int statusOf(String head) {
        return Integer.parseInt(head.split(" ")[1]);
    }

    private Response openEvents(String extraHeaders) throws IOException {
        return open("GET /__alignkit/events HTTP/1.1\r\nHost: " + localhost() + "\r\n" + extraHeaders + "\r\n");
    }

    // --- Host header (DNS rebinding) ---

    @ParameterizedTest
    @ValueSource(
            strings = {
                "attacker.example:PORT",
                "attacker.example",
                "localhost.attacker.example:PORT",
                "127.0.0.1.nip.io:PORT",
                "localhost:1",
                "127.0.0.1",
                "localhost:PORT@attacker.example",
                ""
            })
    void requestNamingAnotherHostIsRefused(String host) throws IOException {
        Response response = getWithHost(host.replace("PORT", Integer.toString(server.port())));
        assertEquals(403, response.status(), host);
        assertFalse(response.text().contains("Hello"));
    }

    @Test
    void requestWithoutAHostHeaderIsRefused() throws IOException {
        assertEquals(403, exchange("GET /index.html HTTP/1.0\r\n\r\n").status());
    }

    @Test
    void requestWithTwoHostHeadersIsRefused() throws IOException {
        assertEquals(
                403,
                exchange("GET /index.html HTTP/1.1\r\nHost: " + localhost() + "\r\nHost: attacker.example\r\n"
                                + "Connection: close\r\n\r\n")
                        .status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost:PORT", "127.0.0.1:PORT", "LocalHost:PORT"})
    void requestNamingTheBoundAddressOrLocalhostIsAnswered(String host) throws IOException {
        Response response = getWithHost(host.replace("PORT", Integer.toString(server.port())));
        assertEquals(200, response.status(), host);
        assertTrue(response.text().contains("Hello"));
    }

    // --- paths ---

    @Test
    void nameWithTwoDotsInsideIsServed() throws IOException {
        Response response = get("/a..b.txt");
        assertEquals(200, response.status());
        assertEquals("two dots inside a name", response.text());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/kit/../a..b.txt",
                "/kit/%2e%2e/a..b.txt",
                "/./kit/./../a..b.txt",
                "/kit/./../a..b.txt",
                "/%61..b.txt"
            })
    void dotSegmentsAndPercentEscapesAreResolvedInsideTheSite(String path) throws IOException {
        Response response = get(path);
        assertEquals(200, response.status(), path);
        assertEquals("two dots inside a name", response.text());
    }

    @Test
    void percentEncodedNamesAreDecodedAndPlusIsAPlus() throws IOException {
        assertEquals("spaced", get("/name%20with%20space+plus.txt").text());
        assertEquals("spaced", get("/name%20with%20space%2Bplus.txt").text());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/../secret.txt",
                "/%2e%2e/secret.txt",
                "/..%2fsecret.txt",
                "/kit/../../secret.txt",
                "/kit/%2E%2E/%2E%2E/secret.txt",
                "/..%5csecret.txt",
                "/a..b.txt%00",
                "/kit/..%2f..%2fsecret.txt"
            })
    void pathsLeavingTheSiteOrMalformedAreNotFound(String path) throws IOException {
        Response response = get(path);
        assertEquals(404, response.status(), path);
        assertFalse(response.text().contains("outside the site"));
    }

    @Test
    void malformedPercentEscapeIsABadRequest() throws IOException {
        assertEquals(400, get("/%zz").status());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/.secret",
                "/%2esecret",
                "/.hidden/index.html",
                "/.hidden/",
                "/kit/../.secret",
                "/.hidden/../.secret"
            })
    void dotfilesAndDotFoldersAreNotServed(String path) throws IOException {
        Response response = get(path);
        assertEquals(404, response.status(), path);
        assertFalse(response.text().contains("dotfile") || response.text().contains("dot-folder"), path);
    }

    @Test
    void symlinkLeadingOutOfTheSiteIsNotFollowed() throws IOException {
        Files.createSymbolicLink(site.resolve("link.txt"), project.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("outside"), project);
        assertEquals(404, get("/link.txt").status());
        assertEquals(404, get("/outside/secret.txt").status());
    }

    @Test
    void unknownPathGetsTheSites404PageWithItsStatus() throws IOException {
        Response response = get("/nothing-here.html");
        assertEquals(404, response.status());
        assertTrue(
                response.text()
                        .startsWith("<html><body>no such page<script src=\"/__alignkit/live.js\"></script></body>"),
                response.text());
    }

    // --- bodies ---

    @Test
    void pageGetsTheLiveReloadScriptBeforeItsClosingBodyTagWithAnExactLength() throws IOException {
        Response response = get("/kit/page.html");
        assertEquals(
                "<html><BODY>kit page<script src=\"/__alignkit/live.js\"></script></BODY></html>", response.text());
        assertEquals(Integer.toString(response.body().length), response.header("Content-Length"));
        assertEquals(
                "<html><BODY>kit page</BODY></html>",
                Files.readString(site.resolve("kit/page.html")),
                "the file is untouched");
    }

    @Test
    void pageWithoutBodyTagGetsTheScriptAtItsEnd() throws IOException {
        Files.writeString(site.resolve("bare.html"), "<p>bare</p>");
        assertEquals(
                "<p>bare</p><script src=\"/__alignkit/live.js\"></script>",
                get("/bare.html").text());
    }

    @Test
    void otherFilesAreServedByteForByte() throws IOException {
        byte[] bytes = new byte[300_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(site.resolve("kit/handout.pdf"), bytes);
        Response response = get("/kit/handout.pdf");
        assertEquals("application/pdf", response.header("Content-Type"));
        assertArrayEquals(bytes, response.body());
    }

    @Test
    void emptyFileIsServedEmpty() throws IOException {
        Files.write(site.resolve("empty.txt"), new byte[0]);
        Response response = get("/empty.txt");
        assertEquals(200, response.status());
        assertEquals(0, response.body().length);
    }

    /**
     * A file of 3 GiB (sparse, so it costs no disk) cannot be read into one array at all: only a streamed answer
     * announces its length and starts sending it.
     */
    @Test
    void fileLargerThanAnyArrayIsStreamed() throws IOException {
        long size = 3L * 1024 * 1024 * 1024;
        try (RandomAccessFile file =
                new RandomAccessFile(site.resolve("kit/huge.pdf").toFile(), "rw")) {
            file.setLength(size);
        }
        Socket socket = new Socket("127.0.0.1", server.port());
        sockets.add(socket);
        socket.getOutputStream()
                .write(("GET /kit/huge.pdf HTTP/1.1\r\nHost: " + localhost() + "\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
        InputStream in = socket.getInputStream();
        String head = readHead(in);
        assertEquals(200, statusOf(head), head);
        assertTrue(head.contains("Content-length: " + size) || head.contains("Content-Length: " + size), head);
        assertArrayEquals(new byte[1024], in.readNBytes(1024));
    }

    // --- live-reload streams ---

    @Test
    void eventStreamsAreCappedAndFurtherOnesGet503() throws IOException {
        for (int i = 0; i < LiveReload.MAX_STREAMS; i++) {
            assertEquals(200, openEvents("").status(), "stream " + i);
        }
        assertEquals(LiveReload.MAX_STREAMS, server.live().streamCount());
        assertEquals(503, openEvents("").status());
    }

    @Test
    void closedEventStreamsAreReleasedWithoutWaitingForABuild() throws IOException, InterruptedException {
        for (int i = 0; i < LiveReload.MAX_STREAMS; i++) {
            assertEquals(200, openEvents("").status());
        }
        for (Socket socket : sockets) {
            socket.close();
        }
        sockets.clear();
        // The first write to a closed connection may still be accepted by the system; a later one fails.
        for (int ping = 0; ping < 100 && server.live().streamCount() > 0; ping++) {
            server.live().ping();
            Thread.sleep(10);
        }
        assertEquals(0, server.live().streamCount());
        for (int i = 0; i < LiveReload.MAX_STREAMS; i++) {
            assertEquals(200, openEvents("").status(), "the places of closed streams are free again");
        }
    }

    @Test
    void openEventStreamIsToldOfBuilds() throws IOException {
        Socket socket = new Socket("127.0.0.1", server.port());
        sockets.add(socket);
        socket.getOutputStream()
                .write(("GET /__alignkit/events HTTP/1.1\r\nHost: " + localhost() + "\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
        InputStream in = socket.getInputStream();
        assertEquals(200, statusOf(readHead(in)));
        server.buildFailed("kit.yaml:1:1: error: broken");
        server.live().ping();
        server.buildSucceeded();
        String events = readUntil(in, "event: reload");
        assertTrue(events.contains("event: failed\ndata: \"kit.yaml:1:1: error: broken\""), events);
        assertTrue(events.contains(": ping"), events);
        assertTrue(events.indexOf("event: ok") < events.indexOf("event: reload"), events);
    }

    private static String readUntil(InputStream in, String marker) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        while (!seen.toString(StandardCharsets.UTF_8).contains(marker)) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            seen.write(b);
        }
        return seen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void eventStreamOpenedByAnotherSiteIsRefused() throws IOException {
        assertEquals(403, openEvents("Origin: http://attacker.example\r\n").status());
        assertEquals(403, openEvents("Origin: null\r\n").status());
        assertEquals(200, openEvents("Origin: http://" + localhost() + "\r\n").status());
        assertEquals(1, server.live().streamCount());
    }
}
