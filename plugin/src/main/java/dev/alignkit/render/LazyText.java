package dev.alignkit.render;

import java.util.function.Supplier;

/**
 * Text a view offers but computes only when a template shows it, once. A KPI's chart for print is drawn with Java2D into
 * a small PDF, which costs more than the rest of its view; only the printed documents show it, so an HTML-only build and
 * the pages never pay for it.
 */
public final class LazyText {
    private final Supplier<String> compute;
    private volatile String text;

    public LazyText(Supplier<String> compute) {
        this.compute = compute;
    }

    public String get() {
        String known = text;
        if (known == null) {
            synchronized (this) {
                if (text == null) {
                    text = compute.get();
                }
                known = text;
            }
        }
        return known;
    }

    @Override
    public String toString() {
        return get();
    }
}
