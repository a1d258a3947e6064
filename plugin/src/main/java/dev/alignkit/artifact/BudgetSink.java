package dev.alignkit.artifact;

import dev.alignkit.output.SiteSink;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Passes one kit's files on and remembers their paths, the files the kit owns, counting what they add up to. */
final class BudgetSink implements SiteSink {
    /** Thrown when a kit's rendered files pass the budget. */
    static final class OverBudget extends RuntimeException {
        private final String path;

        OverBudget(String path) {
            super(null, null, false, false);
            this.path = path;
        }

        String path() {
            return path;
        }
    }

    private final SiteSink target;
    private final long budget;
    private final List<String> paths = new ArrayList<>();
    private long written;

    BudgetSink(SiteSink target, long budget) {
        this.target = target;
        this.budget = budget;
    }

    @Override
    public void write(String path, String text) {
        count(path, utf8Length(text));
        target.write(path, text);
        paths.add(path);
    }

    @Override
    public void write(String path, byte[] bytes) {
        count(path, bytes.length);
        target.write(path, bytes);
        paths.add(path);
    }

    private void count(String path, long size) {
        written += size;
        if (written > budget) {
            throw new OverBudget(path);
        }
    }

    /** What the text takes in UTF-8, without encoding it twice on its way to the disk. */
    private static long utf8Length(String text) {
        long length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                length++;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                length += 4;
                i++;
            } else {
                length += 3;
            }
        }
        return length;
    }

    @Override
    public void copy(String path, Path source) {
        target.copy(path, source);
        paths.add(path);
    }

    @Override
    public Set<String> paths() {
        return new TreeSet<>(paths);
    }

    List<String> files() {
        return List.copyOf(paths);
    }
}
