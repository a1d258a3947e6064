package dev.alignkit.artifact;

import dev.alignkit.artifact.StageTimes.Stage;
import dev.alignkit.output.LinkChecker;
import dev.alignkit.output.SiteSink;
import dev.alignkit.output.StreamedText;
import dev.alignkit.site.ContentType;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every file of a build passes through here on its way to the sink: pages have their links collected and are
 * counted, printed documents are counted, and the time spent writing is measured. No page can skip the link check.
 * Files carried over from the previous site were checked when they were written.
 */
public final class CheckedSink implements SiteSink {
    private final SiteSink target;
    private final StageTimes times;
    private final LinkChecker links = new LinkChecker();
    private final AtomicInteger pages = new AtomicInteger();
    private final AtomicInteger documents = new AtomicInteger();

    public CheckedSink(SiteSink target, StageTimes times) {
        this.target = target;
        this.times = times;
    }

    @Override
    public void write(String path, String text) {
        Optional<ContentType> type = ContentType.of(path);
        if (type.equals(Optional.of(ContentType.HTML))) {
            links.collect(path, text);
        }
        store(path, type, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void write(String path, byte[] bytes) {
        Optional<ContentType> type = ContentType.of(path);
        if (type.equals(Optional.of(ContentType.HTML))) {
            links.collect(path, new String(bytes, StandardCharsets.UTF_8));
        }
        store(path, type, bytes);
    }

    @Override
    public void write(String path, StreamedText text) {
        Optional<ContentType> type = ContentType.of(path);
        long started = System.nanoTime();
        target.write(
                path,
                type.equals(Optional.of(ContentType.HTML))
                        ? out -> {
                            try (Writer collecting = links.collecting(path, out)) {
                                text.writeTo(collecting);
                            }
                        }
                        : text);
        times.add(Stage.WRITE, started);
        count(type);
    }

    private void store(String path, Optional<ContentType> type, byte[] bytes) {
        long started = System.nanoTime();
        target.write(path, bytes);
        times.add(Stage.WRITE, started);
        count(type);
    }

    private void count(Optional<ContentType> type) {
        type.ifPresent(t -> {
            if (t == ContentType.HTML) {
                pages.incrementAndGet();
            } else if (t == ContentType.PDF) {
                documents.incrementAndGet();
            }
        });
    }

    @Override
    public void copy(String path, Path source) {
        long started = System.nanoTime();
        target.copy(path, source);
        times.add(Stage.WRITE, started);
    }

    @Override
    public void carry(String path, Path previous) {
        long started = System.nanoTime();
        target.carry(path, previous);
        times.add(Stage.WRITE, started);
    }

    @Override
    public Set<String> paths() {
        return target.paths();
    }

    /** Links of the pages written that lead nowhere in the site. */
    public List<String> brokenLinks() {
        return links.brokenLinks(target.paths());
    }

    public int pages() {
        return pages.get();
    }

    public int pdfs() {
        return documents.get();
    }
}
