package dev.alignkit.serve;

import com.sun.net.httpserver.HttpExchange;
import dev.alignkit.render.JsonString;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * Tells open pages about builds over server-sent events: {@code reload} after a good build, {@code failed} with the
 * problems after a broken one. A page that connects while the last build is broken is told at once.
 */
final class LiveReload {
    private record Client(OutputStream out, CountDownLatch gone) {}

    private final List<Client> clients = new CopyOnWriteArrayList<>();
    private volatile String lastFailure;

    /** Holds the exchange open, and the calling thread with it, until the page goes away or the server stops. */
    void connect(HttpExchange exchange) throws IOException, InterruptedException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        send(out, ": connected\n\n");
        String failure = lastFailure;
        if (failure != null) {
            send(out, event("failed", failure));
        }
        Client client = new Client(out, new CountDownLatch(1));
        clients.add(client);
        client.gone().await();
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
        lastFailure = JsonString.quote(problems);
        broadcast(event("failed", lastFailure));
    }

    int clientCount() {
        return clients.size();
    }

    void closeAll() {
        clients.forEach(client -> client.gone().countDown());
        clients.clear();
    }

    private void broadcast(String message) {
        for (Client client : clients) {
            try {
                send(client.out(), message);
            } catch (IOException e) {
                clients.remove(client);
                client.gone().countDown();
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
}
