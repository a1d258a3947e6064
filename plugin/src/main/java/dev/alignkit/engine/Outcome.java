package dev.alignkit.engine;

import java.util.function.Function;

/** What a step of the pipeline hands to the next: a value to go on with, or the report the build stops with. */
final class Outcome<T> {
    private final T value;
    private final BuildReport stop;

    private Outcome(T value, BuildReport stop) {
        this.value = value;
        this.stop = stop;
    }

    static <T> Outcome<T> next(T value) {
        return new Outcome<>(value, null);
    }

    static <T> Outcome<T> stop(BuildReport report) {
        return new Outcome<>(null, report);
    }

    <U> Outcome<U> then(Function<? super T, Outcome<U>> step) {
        return stop != null ? stop(stop) : step.apply(value);
    }

    BuildReport report(Function<? super T, BuildReport> last) {
        return stop != null ? stop : last.apply(value);
    }
}
