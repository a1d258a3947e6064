package dev.alignkit.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Stream;

/**
 * The only component that writes the site. Files go to a staging folder next to the output; {@link #commit()}
 * swaps it in by renaming, so a failed or killed build leaves the previous site as it was. A manifest records
 * what the build wrote: files that someone else put into the site are carried over, never deleted.
 */
public final class SiteWriter implements SiteOutput {
    public static final String MANIFEST = ".alignkit-manifest";

    private final Path output;
    private final Path staging;
    private final Path previous;
    private final OutputLock lock;
    private final Set<String> written = new ConcurrentSkipListSet<>();
    /** Folders of the staged site that exist already. */
    private final Set<Path> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private boolean finished;

    private SiteWriter(Path output, OutputLock lock) throws IOException {
        this.output = output;
        this.staging = sibling(output, ".staging");
        this.previous = sibling(output, ".previous");
        this.lock = lock;
        recoverInterruptedSwap();
        deleteTree(staging);
        Files.createDirectories(staging);
    }

    /**
     * Takes the build lock and prepares a fresh staging folder. Empty when another build of the same output holds
     * the lock.
     */
    public static Optional<SiteWriter> open(Path output) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        Optional<OutputLock> lock = OutputLock.tryTake(target);
        if (lock.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SiteWriter(target, lock.get()));
        } catch (IOException | RuntimeException e) {
            lock.get().close();
            throw e;
        }
    }

    static Path sibling(Path output, String suffix) {
        return output.resolveSibling("." + output.getFileName() + suffix);
    }

    public Path output() {
        return output;
    }

    @Override
    public void write(String path, byte[] bytes) {
        place(path, target -> Files.write(target, bytes));
    }

    @Override
    public void copy(String path, Path source) {
        place(path, target -> Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING));
    }

    /** A hard link: the previous site is deleted after the swap, so the new one may share its files. */
    @Override
    public void carry(String path, Path previous) {
        place(path, target -> {
            try {
                Files.createLink(target, previous);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(previous, target, StandardCopyOption.REPLACE_EXISTING);
            }
        });
    }

    private interface FileOperation {
        void apply(Path target) throws IOException;
    }

    private void place(String path, FileOperation operation) {
        Path target = resolve(path);
        try {
            // Files.createDirectories on a folder that exists costs a failed mkdir and an exception: once per folder.
            if (!folders.contains(target.getParent())) {
                Files.createDirectories(target.getParent());
                folders.add(target.getParent());
            }
            operation.apply(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written.add(path);
    }

    @Override
    public int fileCount() {
        return written.size();
    }

    /** The paths written so far. */
    @Override
    public Set<String> paths() {
        return Set.copyOf(written);
    }

    private Path resolve(String path) {
        return SiteSink.resolve(staging, path);
    }

    /** Swaps the staged site in. Files of the old site that no build wrote are carried over first. */
    @Override
    public void commit() throws IOException {
        carryOverForeignFiles();
        Files.writeString(staging.resolve(MANIFEST), String.join("\n", written) + "\n", StandardCharsets.UTF_8);
        deleteTree(previous);
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            move(output, previous);
        }
        move(staging, output);
        deleteTree(previous);
        finished = true;
    }

    private void carryOverForeignFiles() throws IOException {
        if (!Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Set<String> ours = new HashSet<>(previousManifest());
        ours.add(MANIFEST);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(output)) {
            files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList();
        }
        for (Path file : files) {
            String path = output.relativize(file).toString().replace('\\', '/');
            if (!ours.contains(path) && !written.contains(path)) {
                Path target = staging.resolve(path);
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private List<String> previousManifest() throws IOException {
        Path manifest = output.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return List.of();
        }
        return Files.readAllLines(manifest, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    }

    /** A build killed between the two renames of a swap left the old site aside: put it back. */
    private void recoverInterruptedSwap() throws IOException {
        if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(previous)) {
            move(previous, output);
        }
        deleteTree(previous);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
        }
        for (Path path : paths) {
            Files.deleteIfExists(path);
        }
    }

    /** Releases the lock; a build that did not commit leaves no staging folder behind. */
    @Override
    public void close() throws IOException {
        try {
            if (!finished) {
                deleteTree(staging);
            }
        } finally {
            lock.close();
        }
    }
}
