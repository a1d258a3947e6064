package dev.alignkit.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceWatcherTest {
    @TempDir
    Path project;

    @Test
    void callbackThatThrowsDoesNotEndTheWatching() throws IOException, InterruptedException {
        Path content = Files.createDirectories(project.resolve("content"));
        BlockingQueue<Integer> calls = new LinkedBlockingQueue<>();
        AtomicInteger count = new AtomicInteger();
        Runnable failingFirst = () -> {
            int call = count.incrementAndGet();
            calls.add(call);
            if (call == 1) {
                throw new IllegalStateException("injected failure of the first rebuild");
            }
        };
        try (SourceWatcher watcher = new SourceWatcher(List.of(content, project.resolve("templates")), failingFirst)) {
            watcher.start();
            Files.writeString(content.resolve("kit.yaml"), "title: One\n");
            assertEquals(1, calls.poll(20, TimeUnit.SECONDS));
            Files.writeString(content.resolve("kit.yaml"), "title: Two\n");
            assertEquals(2, calls.poll(20, TimeUnit.SECONDS), "the change after the failure is still seen");
        }
    }
}
