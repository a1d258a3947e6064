package dev.alignkit.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Tells open pages about builds over server-sent events: {@code reload} after a good build, {@code failed} with the
 * problems after a broken one. A page that connects while the last build is broken is told at once.
 */
final class LiveReload {
    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();
    private volatile String lastFailure;

    void connect(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        send(out, ": connected\n\n");
        String failure = lastFailure;
        if (failure != null) {
            send(out, event("failed", failure));
        }
        clients.add(out);
    }

    void buildSucceeded() {
        boolean wasFailing = lastFailure != null;
        lastFailure = null;
        if (wasFailing) {
            broadcast(event("ok", "\"\""));
        }
        broadcast(event("reload", "\"\""));
    }

    void buildFailed(String problems) {
        lastFailure = json(problems);
        broadcast(event("failed", lastFailure));
    }

    int clientCount() {
        return clients.size();
    }

    void closeAll() {
        for (OutputStream out : clients) {
            try {
                out.close();
            } catch (IOException e) {
                // the browser went away already
            }
        }
        clients.clear();
    }

    private void broadcast(String message) {
        for (OutputStream out : clients) {
            try {
                send(out, message);
            } catch (IOException e) {
                clients.remove(out);
            }
        }
    }

    private static void send(OutputStream out, String message) throws IOException {
        synchronized (out) {
            out.write(message.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    private static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
