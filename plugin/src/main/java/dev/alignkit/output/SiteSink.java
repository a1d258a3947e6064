package dev.alignkit.output;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

/** Where a build puts the files of the site: the real, staged site, or memory for {@code align:check}. */
public interface SiteSink {

    /** Stores one file; {@code path} is '/'-separated and relative to the site root. */
    void write(String path, byte[] bytes);

    void copy(String path, Path source);

    /** Stores a file of the previous site again; where possible without copying its bytes. */
    default void carry(String path, Path previous) {
        copy(path, previous);
    }

    /**
     * Where a '/'-separated site path lands under {@code root}. A path that would leave it is a bug in the caller, not
     * a user's mistake: content paths are checked long before they get here.
     */
    static Path resolve(Path root, String path) {
        Path target = root.resolve(path).normalize();
        if (path.isEmpty()
                || path.startsWith("/")
                || path.contains("\\")
                || !target.startsWith(root)
                || target.equals(root)) {
            throw new IllegalArgumentException("site path escapes the site: " + path);
        }
        return target;
    }

    /** The paths stored so far. */
    Set<String> paths();

    default void write(String path, String text) {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Stores a file whose text is written as it is made; sinks that write files stream it to the disk. */
    default void write(String path, StreamedText text) {
        StringWriter out = new StringWriter();
        try {
            text.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(path, out.toString());
    }
}
