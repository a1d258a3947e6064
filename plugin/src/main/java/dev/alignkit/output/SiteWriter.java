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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;

/**
 * The only component that writes the published site. Files go to a staging folder next to the output; {@link #commit}
 * swaps it in by renaming, so a failed or killed build leaves the previous site as it was. The manifest (kept with
 * the {@link Bookkeeping}, not in the site) records what each build wrote and the hash of every file: entries that
 * someone else put into the site are carried over untouched, and a file of ours changed on disk is noticed.
 *
 * <p>The staging and set-aside folders stay next to the output rather than under {@code target/}: a rename is atomic
 * only within one file system, and the output may live elsewhere ({@code /srv/www/kits}). They exist only while a
 * build runs.
 */
public final class SiteWriter implements SiteOutput {
    private final Path output;
    private final Path staging;
    private final Path previous;
    private final Bookkeeping books;
    private final LastBuild last;
    private final OutputLock lock;
    private final Map<String, String> written = new ConcurrentSkipListMap<>();
    /** Folders of the staged site that exist already. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    private boolean finished;

    private SiteWriter(Path output, Bookkeeping books, OutputLock lock) throws IOException {
        this.output = output;
        this.staging = sibling(output, ".staging");
        this.previous = sibling(output, ".previous");
        this.books = books;
        this.lock = lock;
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(output + " is not a folder");
        }
        recover(output, books);
        this.last = LastBuild.read(output, books);
        deleteTree(staging);
        Files.createDirectories(staging);
    }

    /**
     * Takes the build lock, puts back a site that a killed build left aside, and prepares a fresh staging folder.
     * Empty when another build holds the lock. {@code output} may be a symbolic link to a folder: the folder it
     * points to is replaced and the link is left as it is (a web root linked into the project keeps working).
     */
    public static Optional<SiteWriter> open(Path output, Bookkeeping books) throws IOException {
        Path target = OutputLocation.real(output);
        Optional<OutputLock> lock = OutputLock.tryTake(books.lock());
        if (lock.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SiteWriter(target, books, lock.get()));
        } catch (IOException | RuntimeException e) {
            lock.get().close();
            throw e;
        }
    }

    /**
     * For writers of other folders ({@code align:serve}, {@code align:check}): puts back a site that a build killed
     * between its two renames left aside, unless a build holds the lock (it recovers the site itself).
     */
    public static void recoverInterruptedSwap(Path output, Bookkeeping books) throws IOException {
        if (!Files.exists(sibling(OutputLocation.real(output), ".previous"), LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Optional<OutputLock> lock = OutputLock.tryTake(books.lock());
        if (lock.isPresent()) {
            try (OutputLock held = lock.get()) {
                recover(OutputLocation.real(output), books);
            }
        }
    }

    /**
     * A build killed between the two renames of a swap left the old site aside: put it back. When something has
     * made a new folder in its place meanwhile, the entries of the old site that no build wrote are carried into it
     * before the old site goes, so no one's file is lost either way.
     */
    private static void recover(Path output, Bookkeeping books) throws IOException {
        Path previous = sibling(output, ".previous");
        if (!Files.isDirectory(previous, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            move(previous, output);
            return;
        }
        Manifest known = Manifest.read(books.manifest(), output).orElse(Manifest.empty(output));
        ForeignEntries.carry(previous, output, known::lists);
        deleteTree(previous);
    }

    static Path sibling(Path output, String suffix) {
        return output.resolveSibling("." + output.getFileName() + suffix);
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
        place(path, target -> {
            Files.write(target, bytes);
            return FileHash.wrote(target, FileHash.of(bytes));
        });
    }

    @Override
    public void write(String path, StreamedText text) {
        place(path, target -> FileHash.write(target, text));
    }

    @Override
    public void copy(String path, Path source) {
        place(path, target -> FileHash.copy(source, target));
    }

    /** A hard link: the previous site is deleted after the swap, so the new one may share its files. */
    @Override
    public void carry(String path, Path previousFile) {
        place(path, target -> {
            try {
                Files.createLink(target, previousFile);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(previousFile, target, StandardCopyOption.REPLACE_EXISTING);
            }
            String hash = last.manifest().files().get(path);
            return hash != null && last.manifest().settled() ? hash : FileHash.of(target);
        });
    }

    /** Puts one file in place and returns the hash of its bytes. */
    private interface FileOperation {
        String apply(Path target) throws IOException;
    }

    private void place(String path, FileOperation operation) {
        Path target = resolve(path);
        try {
            // Files.createDirectories on a folder that exists costs a failed mkdir and an exception: once per folder.
            if (!folders.contains(target.getParent())) {
                Files.createDirectories(target.getParent());
                folders.add(target.getParent());
            }
            written.put(path, operation.apply(target));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int fileCount() {
        return written.size();
    }

    /** The paths written so far. */
    @Override
    public Set<String> paths() {
        return Set.copyOf(written.keySet());
    }

    private Path resolve(String path) {
        return SiteSink.resolve(staging, path);
    }

    /**
     * Swaps the staged site in. Entries of the old site that no build wrote are linked into the new one first. The
     * manifest on record lists the files of both sites until the swap is done, so that a build killed in between
     * leaves nothing of ours unaccounted for, and no hash is trusted.
     */
    @Override
    public void commit(String state) throws IOException {
        if (Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            ForeignEntries.carry(output, staging, last.manifest()::lists);
        }
        Manifest next = new Manifest(output, true, new TreeMap<>(written));
        last.manifest().unsettledWith(next).write(books.manifest());
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            move(output, previous);
        }
        move(staging, output);
        if (state.isEmpty()) {
            Files.deleteIfExists(books.state());
        } else {
            Manifest.writeAtomically(books.state(), state.getBytes(StandardCharsets.UTF_8));
        }
        deleteTree(previous);
        next.write(books.manifest());
        finished = true;
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
