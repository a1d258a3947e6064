package dev.alignkit.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the content and templates folders (with their sub-folders, including ones created later) and calls back
 * once per burst of changes, so an editor's save-and-rename counts as one change.
 */
public final class SourceWatcher implements AutoCloseable {
    private static final long QUIET_MILLIS = 40;

    private final WatchService watcher;
    private final Thread thread;
    private final List<Path> roots;

    public SourceWatcher(List<Path> folders, Runnable onChange) throws IOException {
        this.watcher = FileSystems.getDefault().newWatchService();
        this.roots = folders.stream().map(f -> f.toAbsolutePath().normalize()).toList();
        for (Path folder : roots) {
            if (Files.isDirectory(folder)) {
                registerTree(folder);
            } else if (Files.isDirectory(folder.getParent())) {
                // templates/ often does not exist yet; watch for its creation, and nothing else, in the project.
                folder.getParent().register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
            }
        }
        this.thread = new Thread(() -> loop(onChange), "alignkit-watch");
        thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    private void loop(Runnable onChange) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                boolean relevant = handle(watcher.take());
                WatchKey more;
                while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    relevant |= handle(more);
                }
                if (relevant) {
                    runSurviving(onChange);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A callback that throws must not end the watching, or the preview would silently stop rebuilding. The callback
     * reports its own failures; one that escapes it anyway goes to the thread's handler, which prints it.
     */
    private static void runSurviving(Runnable onChange) {
        try {
            onChange.run();
        } catch (RuntimeException e) {
            Thread thread = Thread.currentThread();
            thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
        }
    }

    /** True when the events concern the watched folders, not just their parent. */
    private boolean handle(WatchKey key) {
        Path folder = (Path) key.watchable();
        boolean inside = roots.stream().anyMatch(folder::startsWith);
        boolean relevant = inside;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.context() instanceof Path name && event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                Path created = folder.resolve(name);
                if (!inside && !roots.contains(created)) {
                    continue;
                }
                relevant = true;
                if (Files.isDirectory(created)) {
                    try {
                        registerTree(created);
                    } catch (IOException | UncheckedIOException e) {
                        // a folder that vanished again (or part of it, while walking it) needs no watching
                    }
                }
            }
        }
        key.reset();
        return relevant;
    }

    private void registerTree(Path folder) throws IOException {
        try (Stream<Path> folders = Files.walk(folder)) {
            for (Path dir : folders.filter(Files::isDirectory).toList()) {
                dir.register(
                        watcher,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        watcher.close();
    }
}
