package dev.alignkit.engine;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

/**
 * Runs the per-kit work on more threads than cores: writing many small files waits on the disk, and the CPU should
 * render the next page meanwhile. The pool lives as long as the builder, so that a preview session's rebuilds find
 * their threads' PDF renderers already set up.
 */
final class Workers {
    private static final int COUNT = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    private final ForkJoinPool pool = new ForkJoinPool(COUNT);

    <T> T run(Callable<T> work) {
        try {
            return pool.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (ExecutionException e) {
            // Sibling tasks may still be writing; the caller is about to discard their output.
            pool.awaitQuiescence(1, TimeUnit.MINUTES);
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
