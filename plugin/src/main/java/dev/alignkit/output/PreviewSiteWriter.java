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
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Stream;

/**
 * For {@code align:serve}: writes changed files straight into the live site, each replaced atomically, and at the
 * end removes the files of the previous build that this one no longer has. Carried-over files are left where they
 * are, so a one-kit edit among a thousand kits costs that kit's files, not the whole site's. A preview does not
 * need the all-or-nothing swap of {@link SiteWriter}.
 */
public final class PreviewSiteWriter implements SiteOutput {
    private final Path output;
    private final OutputLock lock;
    private final Set<String> written = new ConcurrentSkipListSet<>();

    private PreviewSiteWriter(Path output, OutputLock lock) throws IOException {
        this.output = output;
        this.lock = lock;
        Files.createDirectories(output);
    }

    /** Empty when another build of the same output holds the lock. */
    public static java.util.Optional<PreviewSiteWriter> open(Path output) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        java.util.Optional<OutputLock> lock = OutputLock.tryTake(target);
        if (lock.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new PreviewSiteWriter(target, lock.get()));
    }

    @Override
    public void write(String path, byte[] bytes) {
        Path target = resolve(path);
        try {
            if (Files.isRegularFile(target) && java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
                written.add(path);
                return;
            }
            Files.createDirectories(target.getParent());
            Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
            Files.write(temporary, bytes);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written.add(path);
    }

    @Override
    public void copy(String path, Path source) {
        try {
            write(path, Files.readAllBytes(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file is already in place. */
    @Override
    public void carry(String path, Path previous) {
        resolve(path);
        written.add(path);
    }

    @Override
    public Set<String> paths() {
        return Set.copyOf(written);
    }

    @Override
    public int fileCount() {
        return written.size();
    }

    @Override
    public void commit() throws IOException {
        Path manifest = output.resolve(SiteWriter.MANIFEST);
        List<String> previous = Files.isRegularFile(manifest) ? Files.readAllLines(manifest, StandardCharsets.UTF_8) : List.of();
        for (String path : previous) {
            if (!path.isBlank() && !written.contains(path)) {
                Files.deleteIfExists(resolve(path));
            }
        }
        removeEmptyFolders();
        Files.writeString(manifest, String.join("\n", written) + "\n", StandardCharsets.UTF_8);
    }

    private void removeEmptyFolders() throws IOException {
        List<Path> folders;
        try (Stream<Path> walk = Files.walk(output)) {
            folders = walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted(Comparator.reverseOrder()).toList();
        }
        for (Path folder : folders) {
            if (!folder.equals(output)) {
                try (Stream<Path> entries = Files.list(folder)) {
                    if (entries.findAny().isEmpty()) {
                        Files.delete(folder);
                    }
                }
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
