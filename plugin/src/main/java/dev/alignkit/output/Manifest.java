package dev.alignkit.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a writer put into its output: each file with the SHA-256 of its bytes, for the real path of one output.
 * A manifest that is not {@code settled} was written just before a swap that may not have finished: it lists the
 * files of both the old and the new site, and none of its hashes can be trusted.
 */
record Manifest(Path output, boolean settled, Map<String, String> files) {
    private static final String HEADER = "alignkit-manifest 1";

    static Manifest empty(Path output) {
        return new Manifest(output, true, Map.of());
    }

    /** The manifest kept for {@code output}; empty when there is none, it is unreadable or it is another output's. */
    static Optional<Manifest> read(Path file, Path output) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 3
                    || !lines.get(0).equals(HEADER)
                    || !lines.get(1).equals("output " + output)) {
                return Optional.empty();
            }
            Map<String, String> files = new TreeMap<>();
            for (String line : lines.subList(3, lines.size())) {
                int space = line.indexOf(' ');
                if (space > 0) {
                    files.put(line.substring(space + 1), line.substring(0, space));
                }
            }
            return Optional.of(new Manifest(output, lines.get(2).equals("settled true"), files));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    void write(Path file) throws IOException {
        StringBuilder text = new StringBuilder(HEADER)
                .append('\n')
                .append("output ")
                .append(output)
                .append('\n')
                .append("settled ")
                .append(settled)
                .append('\n');
        new TreeMap<>(files)
                .forEach((path, hash) ->
                        text.append(hash).append(' ').append(path).append('\n'));
        writeAtomically(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The paths of both manifests, with no hash trusted: what is on record while a swap is under way. */
    Manifest unsettledWith(Manifest next) {
        Map<String, String> union = new TreeMap<>();
        files.keySet().forEach(path -> union.put(path, "-"));
        union.putAll(next.files);
        return new Manifest(output, false, union);
    }

    boolean lists(String path) {
        return files.containsKey(path);
    }

    /** The file at {@code path} under {@code root} still has the bytes this manifest recorded. */
    boolean unchanged(Path root, String path) {
        String hash = files.get(path);
        if (!settled || hash == null) {
            return false;
        }
        try {
            return FileHash.ofRegularFile(SiteSink.resolve(root, path))
                    .filter(hash::equals)
                    .isPresent();
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Replaces {@code file} as a whole: a reader sees the old or the new bytes, never half of them. */
    static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temporary, bytes);
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
