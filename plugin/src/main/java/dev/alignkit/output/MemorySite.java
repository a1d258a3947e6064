package dev.alignkit.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

/** A site that is only counted, not kept: {@code align:check} renders everything and writes nothing. */
public final class MemorySite implements SiteSink {
    private final Set<String> paths = new ConcurrentSkipListSet<>();

    @Override
    public void write(String path, byte[] bytes) {
        paths.add(path);
    }

    /** The text is still made, so that what fails to render fails the check too, but it is not kept. */
    @Override
    public void write(String path, StreamedText text) {
        try {
            text.writeTo(Writer.nullWriter());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        paths.add(path);
    }

    @Override
    public void copy(String path, Path source) {
        if (!Files.isReadable(source)) {
            throw new IllegalStateException("attachment vanished during the check: " + source);
        }
        paths.add(path);
    }

    @Override
    public Set<String> paths() {
        return Set.copyOf(paths);
    }
}
