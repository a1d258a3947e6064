package dev.alignkit.serve;

import com.sun.net.httpserver.HttpExchange;
import dev.alignkit.render.JsonString;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Tells open pages about builds over server-sent events: {@code reload} after a good build, {@code failed} with the
 * problems after a broken one. A page that connects while the last build is broken is told at once.
 *
 * <p>A stream holds no thread: the exchange stays open after its handler returns, and is written to on events and
 * on a regular heartbeat. A write that fails means the page has gone, and its stream is closed and forgotten, so
 * closed pages cost nothing until the next build. At most {@link #MAX_STREAMS} streams are open at once.
 */
final class LiveReload implements AutoCloseable {
    static final int MAX_STREAMS = 32;
    private static final long HEARTBEAT_SECONDS = 10;

    /** One open page. Writes are serialised by the enclosing {@link LiveReload}'s lock. */
    private record Stream(HttpExchange exchange) {
        boolean send(String message) {
            try {
                OutputStream out = exchange.getResponseBody();
                out.write(message.getBytes(StandardCharsets.UTF_8));
                out.flush();
                return true;
            } catch (IOException e) {
                exchange.close();
                return false;
            }
        }
    }

    private final List<Stream> streams = new ArrayList<>();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "alignkit-live-heartbeat");
        thread.setDaemon(true);
        return thread;
    });
    private String lastFailure;

    void start() {
        heartbeat.scheduleWithFixedDelay(this::ping, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Opens the exchange as an event stream and returns true, leaving it open; or answers 503 and returns false when
     * {@link #MAX_STREAMS} pages already listen.
     */
    synchronized boolean connect(HttpExchange exchange) throws IOException {
        if (streams.size() >= MAX_STREAMS) {
            byte[] body = ("at most " + MAX_STREAMS + " pages can follow the preview at once; close some tabs")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(503, body.length);
            exchange.getResponseBody().write(body);
            return false;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        Stream stream = new Stream(exchange);
        boolean open =
                stream.send(": connected\n\n") && (lastFailure == null || stream.send(event("failed", lastFailure)));
        if (open) {
            streams.add(stream);
        }
        return open;
    }

    synchronized void buildSucceeded() {
        boolean wasFailing = lastFailure != null;
        lastFailure = null;
        if (wasFailing) {
            broadcast(event("ok", "\"\""));
        }
        broadcast(event("reload", "\"\""));
    }

    synchronized void buildFailed(String problems) {
        lastFailure = JsonString.quote(problems);
        broadcast(event("failed", lastFailure));
    }

    /** A comment line, which pages ignore; writing it is how a page that has gone is noticed. */
    synchronized void ping() {
        broadcast(": ping\n\n");
    }

    synchronized int streamCount() {
        return streams.size();
    }

    @Override
    public synchronized void close() {
        heartbeat.shutdownNow();
        streams.forEach(stream -> stream.exchange().close());
        streams.clear();
    }

    private void broadcast(String message) {
        streams.removeIf(stream -> !stream.send(message));
    }

    private static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }
}
