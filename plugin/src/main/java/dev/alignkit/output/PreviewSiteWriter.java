package dev.alignkit.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;

/**
 * For {@code align:serve}: writes changed files straight into the preview's own folder (under {@code target/}, never
 * the published site), each replaced atomically, and at the end removes every file this build did not write: the
 * folder is the preview's alone. Carried-over files are left where they are, so a one-kit edit among a thousand
 * kits costs that kit's files, not the whole site's. A build that fails has written some files but does not
 * commit: the manifest keeps the hashes of the last good build, so the next build notices those files and renders
 * them again.
 */
public final class PreviewSiteWriter implements SiteOutput {
    private final Path output;
    private final Bookkeeping books;
    private final LastBuild last;
    private final OutputLock lock;
    private final Map<String, String> written = new ConcurrentSkipListMap<>();

    private PreviewSiteWriter(Path output, Bookkeeping books, OutputLock lock) throws IOException {
        this.output = output;
        this.books = books;
        this.lock = lock;
        Files.createDirectories(output);
        this.last = LastBuild.read(output, books);
    }

    /** Empty when another build of the same preview holds the lock. */
    public static Optional<PreviewSiteWriter> open(Path output, Bookkeeping books) throws IOException {
        Optional<OutputLock> lock = OutputLock.tryTake(books.lock());
        if (lock.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PreviewSiteWriter(OutputLocation.real(output), books, lock.get()));
        } catch (IOException | RuntimeException e) {
            lock.get().close();
            throw e;
        }
    }

    @Override
    public Path output() {
        return output;
    }

    @Override
    public LastBuild lastBuild() {
        return last;
    }

    @Override
    public void write(String path, byte[] bytes) {
        Path target = resolve(path);
        String hash = FileHash.of(bytes);
        try {
            if (!asLastBuilt(path, target, hash)) {
                Path temporary = temporaryBeside(target);
                Files.write(temporary, bytes);
                moveIntoPlace(temporary, target, hash);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written.put(path, hash);
    }

    /** Streamed into a temporary file beside its place, moved there only when its bytes changed. */
    @Override
    public void write(String path, StreamedText text) {
        Path target = resolve(path);
        try {
            Path temporary = temporaryBeside(target);
            String hash = FileHash.write(temporary, text);
            if (asLastBuilt(path, target, hash)) {
                Files.delete(temporary);
            } else {
                moveIntoPlace(temporary, target, hash);
            }
            written.put(path, hash);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file in place has these bytes, and the last build wrote them: a page being served is left alone. */
    private boolean asLastBuilt(String path, Path target, String hash) throws IOException {
        return hash.equals(last.manifest().files().get(path))
                && FileHash.ofRegularFile(target).filter(hash::equals).isPresent();
    }

    private static Path temporaryBeside(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        return target.resolveSibling("." + target.getFileName() + ".tmp");
    }

    /** Atomically: the server reads the old or the new file, never half of one. */
    private static void moveIntoPlace(Path temporary, Path target, String hash) throws IOException {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        FileHash.wrote(target, hash);
    }

    @Override
    public void copy(String path, Path source) {
        try {
            write(path, Files.readAllBytes(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file is already in place, as the plan checked against the manifest. */
    @Override
    public void carry(String path, Path previous) {
        resolve(path);
        String hash = last.manifest().files().get(path);
        try {
            written.put(path, hash != null ? hash : FileHash.of(previous));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Set<String> paths() {
        return Set.copyOf(written.keySet());
    }

    @Override
    public int fileCount() {
        return written.size();
    }

    @Override
    public void commit(String state) throws IOException {
        removeEverythingElse();
        if (state.isEmpty()) {
            Files.deleteIfExists(books.state());
        } else {
            Manifest.writeAtomically(books.state(), state.getBytes(StandardCharsets.UTF_8));
        }
        new Manifest(output, true, new TreeMap<>(written)).write(books.manifest());
    }

    /** The preview's folder holds this build's files and nothing else: what a failed build left is gone too. */
    private void removeEverythingElse() throws IOException {
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(output)) {
            entries = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path entry : entries) {
            if (entry.equals(output)) {
                continue;
            }
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> inside = Files.list(entry)) {
                    if (inside.findAny().isEmpty()) {
                        Files.delete(entry);
                    }
                }
            } else if (!written.containsKey(ForeignEntries.relative(output, entry))) {
                Files.delete(entry);
            }
        }
    }

    private Path resolve(String path) {
        return SiteSink.resolve(output, path);
    }

    /** Releases the lock; files already replaced stay, as a preview expects. */
    @Override
    public void close() throws IOException {
        lock.close();
    }
}
