package dev.alignkit.artifact;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time spent per pipeline stage, summed over worker threads (so with parallel rendering the sum can exceed the
 * wall time). Reported by the benchmark.
 */
public final class StageTimes {
    public enum Stage {
        LOAD,
        HTML,
        PDF,
        WRITE
    }

    private final AtomicLong[] nanos = new AtomicLong[Stage.values().length];

    public StageTimes() {
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = new AtomicLong();
        }
    }

    public void add(Stage stage, long startedNanos) {
        nanos[stage.ordinal()].addAndGet(System.nanoTime() - startedNanos);
    }

    public long millis(Stage stage) {
        return nanos[stage.ordinal()].get() / 1_000_000;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("stages (ms, summed over threads):");
        for (Stage stage : Stage.values()) {
            out.append(' ')
                    .append(stage.name().toLowerCase(Locale.ROOT))
                    .append('=')
                    .append(millis(stage));
        }
        return out.toString();
    }
}
