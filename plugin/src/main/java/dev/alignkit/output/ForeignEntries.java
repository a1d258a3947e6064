package dev.alignkit.output;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Puts what someone else placed in a site into its replacement: files, symbolic links, pipes and sockets as hard
 * links to the very same entries (no bytes copied, nothing followed), empty folders, and the permissions of every
 * folder. The new site's own files win over an entry at the same path.
 */
final class ForeignEntries {
    private ForeignEntries() {}

    /** Carries every entry of {@code from} whose path {@code ours} does not claim into {@code into}. */
    static void carry(Path from, Path into, Predicate<String> ours) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) throws IOException {
                // Our builds never leave an empty folder: an empty one is someone else's.
                try (Stream<Path> entries = Files.list(folder)) {
                    if (entries.findAny().isEmpty()) {
                        Files.createDirectories(counterpart(folder));
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path entry, BasicFileAttributes attributes) throws IOException {
                String path = relative(from, entry);
                Path target = counterpart(entry);
                if (!ours.test(path) && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target.getParent());
                    link(entry, target, attributes);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path folder, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Path target = counterpart(folder);
                if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    keepPermissions(folder, target);
                }
                return FileVisitResult.CONTINUE;
            }

            private Path counterpart(Path entry) {
                String path = relative(from, entry);
                return path.isEmpty() ? into : into.resolve(path);
            }
        });
    }

    /**
     * A hard link shares the entry itself, so a file is not copied on every build and a pipe stays a pipe; where
     * the file system has no hard links, a symbolic link is made again and a file copied with its attributes.
     */
    private static void link(Path entry, Path target, BasicFileAttributes attributes) throws IOException {
        try {
            Files.createLink(target, entry);
            return;
        } catch (IOException | UnsupportedOperationException e) {
            if (attributes.isSymbolicLink()) {
                Files.createSymbolicLink(target, Files.readSymbolicLink(entry));
            } else if (attributes.isRegularFile()) {
                Files.copy(entry, target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
            } else {
                throw new IOException(
                        entry + " (a pipe, socket or device that someone put into the site) cannot be kept:"
                                + " this file system has no hard links; move it out of the site",
                        e);
            }
        }
    }

    private static void keepPermissions(Path folder, Path target) throws IOException {
        try {
            Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: there are no modes to keep.
        }
    }

    static String relative(Path root, Path entry) {
        return root.relativize(entry).toString().replace('\\', '/');
    }
}
