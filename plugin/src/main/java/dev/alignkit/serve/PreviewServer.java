package dev.alignkit.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the built site for preview, with a live-reload script injected into HTML responses (never into the
 * files). Only files inside the site folder are ever served.
 */
public final class PreviewServer implements AutoCloseable {
    static final String LIVE_PATH = "/__alignkit/";
    private static final String SCRIPT = "<script src=\"/__alignkit/live.js\"></script>";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("ico", "image/x-icon"),
            Map.entry("pdf", "application/pdf"), Map.entry("ics", "text/calendar; charset=utf-8"),
            Map.entry("xml", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("md", "text/plain; charset=utf-8"),
            Map.entry("woff2", "font/woff2"));

    private final Path root;
    private final HttpServer server;
    private final ExecutorService executor;
    private final LiveReload live = new LiveReload();

    public PreviewServer(Path siteRoot, String host, int port) throws IOException {
        this.root = siteRoot.toAbsolutePath().normalize();
        this.server = HttpServer.create(new InetSocketAddress(host, port), 0);
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

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            handleOpen(exchange);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handleOpen(HttpExchange exchange) throws IOException, InterruptedException {
        String path = exchange.getRequestURI().getRawPath();
        if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
            respond(exchange, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
        } else if (path.equals(LIVE_PATH + "events")) {
            live.connect(exchange);
        } else if (path.equals(LIVE_PATH + "live.js")) {
            respond(exchange, 200, TYPES.get("js"), script());
        } else {
            serveFile(exchange, path);
        }
    }

    private void serveFile(HttpExchange exchange, String rawPath) throws IOException {
        Optional<Path> file = resolve(rawPath);
        if (file.isEmpty()) {
            Path notFound = root.resolve("404.html");
            byte[] body = Files.isRegularFile(notFound) ? inject(Files.readAllBytes(notFound)) : "not found".getBytes(StandardCharsets.UTF_8);
            respond(exchange, 404, TYPES.get("html"), body);
            return;
        }
        String type = TYPES.getOrDefault(extension(file.get()), "application/octet-stream");
        byte[] body = Files.readAllBytes(file.get());
        respond(exchange, 200, type, type.startsWith("text/html") ? inject(body) : body);
    }

    /** The file a request path names, only if it lies inside the site (no '..', no links leading out). */
    Optional<Path> resolve(String rawPath) {
        String path;
        try {
            path = URI.create(rawPath).getPath();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (path == null || path.contains("\0") || path.contains("\\") || path.contains("..")) {
            return Optional.empty();
        }
        Path candidate = root.resolve(path.replaceFirst("^/+", "")).normalize();
        if (Files.isDirectory(candidate)) {
            candidate = candidate.resolve("index.html");
        }
        if (!candidate.startsWith(root) || !Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            return candidate.toRealPath().startsWith(root.toRealPath()) ? Optional.of(candidate) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static byte[] inject(byte[] html) {
        String text = new String(html, StandardCharsets.UTF_8);
        int end = text.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String injected = end < 0 ? text + SCRIPT : text.substring(0, end) + SCRIPT + text.substring(end);
        return injected.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] script() throws IOException {
        try (InputStream in = PreviewServer.class.getResourceAsStream("/dev/alignkit/serve/live.js")) {
            return in.readAllBytes();
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        live.closeAll();
        server.stop(0);
        executor.shutdownNow();
    }
}
