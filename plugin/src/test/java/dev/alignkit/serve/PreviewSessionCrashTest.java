package dev.alignkit.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.engine.BuildConfig;
import dev.alignkit.engine.BuildReport;
import dev.alignkit.engine.SiteBuilder;
import dev.alignkit.support.ExampleProject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build that throws (a bug in the engine, not a broken kit) must not stop the preview from rebuilding. */
class PreviewSessionCrashTest {
    @TempDir
    Path project;

    private PreviewSession session;
    private final BlockingQueue<String> console = new LinkedBlockingQueue<>();
    private final AtomicBoolean crashNext = new AtomicBoolean();

    @BeforeEach
    void start() throws IOException {
        ExampleProject.copyTo(project);
        BuildConfig config = BuildConfig.forProject(project).withPdf(false);
        SiteBuilder real = SiteBuilder.forPreview(config);
        Supplier<BuildReport> crashingOnDemand = () -> {
            if (crashNext.getAndSet(false)) {
                throw new IllegalStateException("injected engine failure");
            }
            return real.build();
        };
        session = new PreviewSession(config, "127.0.0.1", 0, console::add, crashingOnDemand);
        assertTrue(session.start().succeeded(), console.toString());
        console.clear();
    }

    @AfterEach
    void stop() throws IOException {
        session.close();
    }

    @Test
    void crashingBuildIsReportedInConsoleAndPageThenTheNextGoodBuildReloads() throws Exception {
        BlockingQueue<String> events = listen();
        Path kit = project.resolve("content/alignment-day.yaml");
        String original = Files.readString(kit);

        crashNext.set(true);
        Files.writeString(kit, original.replaceFirst("(?m)^title: .*$", "title: Alignment Day Crash"));
        String failed = next(events);
        assertTrue(failed.startsWith("failed "), failed);
        assertTrue(failed.contains("IllegalStateException: injected engine failure"), failed);
        String line = console.poll(20, TimeUnit.SECONDS);
        assertTrue(line != null && line.contains("does not build") && line.contains("injected engine failure"), line);

        Files.writeString(kit, original.replaceFirst("(?m)^title: .*$", "title: Alignment Day Healed"));
        assertEquals("ok \"\"", next(events));
        assertEquals("reload \"\"", next(events));
        assertTrue(page("/facilitators/alignment-day/index.html").contains("Alignment Day Healed"));
    }

    private String page(String path) throws IOException {
        HttpURLConnection connection = (HttpURLConnection)
                URI.create(session.address() + path.substring(1)).toURL().openConnection();
        return new String(connection.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    /** Events as "name data", one per event. */
    private BlockingQueue<String> listen() throws IOException, InterruptedException {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpURLConnection connection = (HttpURLConnection)
                URI.create(session.address() + "__alignkit/events").toURL().openConnection();
        connection.setReadTimeout(30_000);
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8));
        Thread thread = new Thread(() -> {
            try {
                String name = null;
                for (String line; (line = reader.readLine()) != null; ) {
                    if (line.startsWith("event: ")) {
                        name = line.substring(7);
                    } else if (line.startsWith("data: ") && name != null) {
                        events.add(name + " " + line.substring(6));
                        name = null;
                    }
                }
            } catch (IOException e) {
                // closed at the end of the test
            }
        });
        thread.setDaemon(true);
        thread.start();
        return events;
    }

    private static String next(BlockingQueue<String> events) throws InterruptedException {
        String event = events.poll(20, TimeUnit.SECONDS);
        assertTrue(event != null, "no event within 20 s");
        return event;
    }
}
