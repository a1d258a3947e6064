package dev.alignkit.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.alignkit.site.ContentType;
import dev.alignkit.site.SiteLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the built site for preview, with a live-reload script injected into HTML responses (never into the
 * files). Only files inside the site folder are ever served, never dotfiles, and only to requests that name this
 * server in their {@code Host} header.
 */
public final class PreviewServer implements AutoCloseable {
    static final String LIVE_PATH = "/__alignkit/";
    private static final byte[] SCRIPT =
            "<script src=\"/__alignkit/live.js\"></script>".getBytes(StandardCharsets.UTF_8);
    /** How far from a page's end its closing body tag is looked for; generated pages end with it. */
    private static final int TAIL_BYTES = 4096;

    private static final int COPY_BUFFER = 64 * 1024;

    private final Path root;
    private final HttpServer server;
    private final ExecutorService executor;
    private final AllowedHosts allowedHosts;
    private final LiveReload live = new LiveReload();

    public PreviewServer(Path siteRoot, String host, int port) throws IOException {
        this.root = siteRoot.toAbsolutePath().normalize();
        this.server = HttpServer.create(new InetSocketAddress(host, port), 0);
        this.allowedHosts = AllowedHosts.of(host, server.getAddress());
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "alignkit-serve");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    public void start() {
        server.start();
        live.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String address() {
        return "http://" + server.getAddress().getHostString() + ":" + port() + "/";
    }

    public void buildSucceeded() {
        live.buildSucceeded();
    }

    public void buildFailed(String problems) {
        live.buildFailed(problems);
    }

    /** The live-reload streams; package-private for tests, which also drive the heartbeat instead of waiting for it. */
    LiveReload live() {
        return live;
    }

    private void handle(HttpExchange exchange) {
        boolean streaming = false;
        try {
            streaming = handleOpen(exchange);
        } catch (IOException e) {
            // the page went away while being answered; nothing to tell it
        } finally {
            if (!streaming) {
                exchange.close();
            }
        }
    }

    /** Answers the request; true when it became a live-reload stream, which stays open after this returns. */
    private boolean handleOpen(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        if (!allowedHosts.allows(exchange.getRequestHeaders().get("Host"))) {
            respond(exchange, 403, "this preview answers only requests for " + address() + " or localhost:" + port());
        } else if (!method.equals("GET") && !method.equals("HEAD")) {
            respond(exchange, 405, "method not allowed");
        } else if (path.equals(LIVE_PATH + "events")) {
            if (fromOtherSite(exchange)) {
                respond(exchange, 403, "live reload is for the preview's own pages");
            } else {
                return live.connect(exchange);
            }
        } else if (path.equals(LIVE_PATH + "live.js")) {
            try (InputStream in = PreviewServer.class.getResourceAsStream("/dev/alignkit/serve/live.js")) {
                respond(exchange, 200, ContentType.JAVASCRIPT.mimeType(), in.readAllBytes());
            }
        } else {
            serveFile(exchange, path);
        }
        return false;
    }

    /** A page of another site may open an event stream here too; only its Origin header tells, when it sends one. */
    private boolean fromOtherSite(HttpExchange exchange) {
        List<String> origins = exchange.getRequestHeaders().get("Origin");
        if (origins == null) {
            return false;
        }
        return origins.size() != 1
                || !origins.get(0).startsWith("http://")
                || !allowedHosts.allows(List.of(origins.get(0).substring("http://".length())));
    }

    private void serveFile(HttpExchange exchange, String rawPath) throws IOException {
        Optional<Path> file = RequestPath.parse(rawPath).flatMap(this::resolve);
        if (file.isPresent()) {
            send(exchange, 200, file.get());
            return;
        }
        Path notFound = root.resolve(SiteLayout.NOT_FOUND);
        if (Files.isRegularFile(notFound, LinkOption.NOFOLLOW_LINKS)) {
            send(exchange, 404, notFound);
        } else {
            respond(exchange, 404, "not found");
        }
    }

    /** The file a request names, only if it lies inside the site (no links leading out) and is not hidden. */
    private Optional<Path> resolve(RequestPath path) {
        if (path.hidden()) {
            return Optional.empty();
        }
        try {
            Path candidate = root;
            for (String segment : path.segments()) {
                candidate = candidate.resolve(segment);
            }
            if (Files.isDirectory(candidate)) {
                candidate = candidate.resolve(SiteLayout.INDEX);
            }
            if (!candidate.normalize().startsWith(root) || !Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            return candidate.toRealPath().startsWith(root.toRealPath()) ? Optional.of(candidate) : Optional.empty();
        } catch (IOException | InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * Streams a file, however large, from one open handle, so a rebuild that replaces it meanwhile cannot mix two
     * versions. HTML gets the live-reload script before its closing body tag, or at its end.
     */
    private static void send(HttpExchange exchange, int status, Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            String type = ContentType.mimeTypeOf(file.getFileName().toString());
            boolean html = type.startsWith("text/html");
            long scriptAt = html ? bodyEnd(channel, size) : size;
            long length = size + (html ? SCRIPT.length : 0);
            headers(exchange, type);
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(status, head || length == 0 ? -1 : length);
            if (head || length == 0) {
                return;
            }
            channel.position(0);
            InputStream in = Channels.newInputStream(channel);
            try (OutputStream out = exchange.getResponseBody()) {
                copy(in, out, scriptAt);
                if (html) {
                    out.write(SCRIPT);
                }
                copy(in, out, size - scriptAt);
            }
        }
    }

    /** Where the last {@code </body>} starts, looked for in the file's tail only; the file's end when there is none. */
    static long bodyEnd(FileChannel channel, long size) throws IOException {
        int tailLength = (int) Math.min(size, TAIL_BYTES);
        ByteBuffer tail = ByteBuffer.allocate(tailLength);
        long start = size - tailLength;
        while (tail.hasRemaining() && channel.read(tail, start + tail.position()) >= 0) {
            // read until the tail is full
        }
        // ISO-8859-1 maps each byte to one char, so an index in the text is an offset in the file.
        String text =
                new String(tail.array(), 0, tail.position(), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int at = text.lastIndexOf("</body>");
        return at < 0 ? size : start + at;
    }

    private static void copy(InputStream in, OutputStream out, long count) throws IOException {
        byte[] buffer = new byte[(int) Math.min(COPY_BUFFER, Math.max(count, 1))];
        long left = count;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                throw new IOException("the file ended before its announced length");
            }
            out.write(buffer, 0, read);
            left -= read;
        }
    }

    private static void respond(HttpExchange exchange, int status, String text) throws IOException {
        respond(exchange, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        headers(exchange, type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void headers(HttpExchange exchange, String type) {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    }

    @Override
    public void close() {
        live.close();
        server.stop(0);
        executor.shutdownNow();
    }
}
