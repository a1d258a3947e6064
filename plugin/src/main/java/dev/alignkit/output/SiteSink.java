package dev.alignkit.output;

import java.nio.file.Path;

/** Where a build puts the files of the site: the real, staged site, or memory for {@code align:check}. */
public interface SiteSink {

    /** Stores one file; {@code path} is '/'-separated and relative to the site root. */
    void write(String path, byte[] bytes);

    void copy(String path, Path source);

    /** Stores a file of the previous site again; where possible without copying its bytes. */
    default void carry(String path, Path previous) {
        copy(path, previous);
    }

    /** The paths stored so far. */
    java.util.Set<String> paths();

    default void write(String path, String text) {
        write(path, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
