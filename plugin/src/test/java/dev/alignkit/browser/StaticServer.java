package dev.alignkit.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A plain static file server for a built site under a sub-path ({@code /kits/}), on loopback: no directory
 * listings, no index.html for folders, no script injection. Stands in for an intranet web server.
 */
final class StaticServer implements AutoCloseable {
    static final String PREFIX = "/kits/";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ics", "text/calendar; charset=utf-8"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("md", "text/plain; charset=utf-8"));

    private final Path root;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "static-server");
        t.setDaemon(true);
        return t;
    });

    StaticServer(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** The address of a site path, e.g. {@code url("index.html")}. */
    String url(String sitePath) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX + sitePath;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().toString()).getPath();
            if (!exchange.getRequestMethod().equals("GET")
                    && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain", new byte[0]);
                return;
            }
            Path file = path.startsWith(PREFIX)
                    ? root.resolve(path.substring(PREFIX.length())).normalize()
                    : null;
            if (file == null || !file.startsWith(root) || !Files.isRegularFile(file)) {
                byte[] notFound = Files.isRegularFile(root.resolve("404.html"))
                        ? Files.readAllBytes(root.resolve("404.html"))
                        : new byte[0];
                send(exchange, 404, TYPES.get("html"), notFound);
                return;
            }
            String name = file.getFileName().toString();
            String extension = name.contains(".")
                    ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)
                    : "";
            send(exchange, 200, TYPES.getOrDefault(extension, "application/octet-stream"), Files.readAllBytes(file));
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
