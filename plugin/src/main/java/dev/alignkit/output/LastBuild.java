package dev.alignkit.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the last build of one output left on record: the manifest of the files it wrote, with their hashes, and its
 * state. Both writers plan from it; nothing in the output folder is trusted that the manifest does not vouch for.
 */
public final class LastBuild {
    private final Path output;
    private final Bookkeeping books;
    private final Manifest manifest;
    /** A manifest of this output was on record: without one, no state can describe the files in it. */
    private final boolean onRecord;

    private LastBuild(Path output, Bookkeeping books, Optional<Manifest> recorded) {
        this.output = output;
        this.books = books;
        this.onRecord = recorded.isPresent();
        this.manifest = recorded.orElse(Manifest.empty(output));
    }

    static LastBuild read(Path output, Bookkeeping books) {
        return new LastBuild(output, books, Manifest.read(books.manifest(), output));
    }

    Manifest manifest() {
        return manifest;
    }

    /** The last build's state, when its manifest is on record and settled. */
    Optional<String> state() {
        if (!onRecord || !manifest.settled() || !Files.isRegularFile(books.state())) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(books.state(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    boolean unchanged(String path) {
        return manifest.unchanged(output, path);
    }

    boolean allUnchanged() {
        return onRecord
                && manifest.settled()
                && manifest.files().keySet().parallelStream().allMatch(this::unchanged);
    }
}
