package dev.alignkit.content;

import java.util.Locale;
import java.util.Optional;

/**
 * Which way a KPI should move: {@code increase} and {@code decrease} follow a straight path from the baseline to the
 * target; {@code at_least} and {@code at_most} hold the target as a bound at every check-in.
 */
public enum KpiDirection {
    INCREASE,
    DECREASE,
    AT_LEAST,
    AT_MOST;

    /** As written in a kit: {@code increase}, {@code decrease}, {@code at_least}, {@code at_most}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A bound to hold rather than a path to follow. */
    public boolean isBound() {
        return this == AT_LEAST || this == AT_MOST;
    }

    static Optional<KpiDirection> parse(String text) {
        for (KpiDirection direction : values()) {
            if (direction.key().equals(text.trim())) {
                return Optional.of(direction);
            }
        }
        return Optional.empty();
    }
}
