package dev.alignkit.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Where a build writes the site, made visible as a whole by {@link #commit}; closing without it keeps the old site. */
public interface SiteOutput extends SiteSink, AutoCloseable {

    /** The real folder the site lands in (symbolic links resolved); carried files are taken from here. */
    Path output();

    /** What the last build of this output left on record, read when the writer opened. */
    LastBuild lastBuild();

    /** What the build recorded with the last commit, when the files it describes are still on record. */
    default Optional<String> lastState() {
        return lastBuild().state();
    }

    /** The file at {@code path} in the output still has the bytes the last build wrote there. */
    default boolean unchanged(String path) {
        return lastBuild().unchanged(path);
    }

    /** Every file the last build wrote is still there with the same bytes. */
    default boolean allUnchanged() {
        return lastBuild().allUnchanged();
    }

    /** Makes the written files the site and keeps {@code state} for the next build, both or neither. */
    void commit(String state) throws IOException;

    default void commit() throws IOException {
        commit("");
    }

    int fileCount();

    @Override
    void close() throws IOException;
}
