package dev.alignkit.content;

import java.util.Locale;
import java.util.Optional;

/** Where an action stands: still to do, done, or dropped on purpose. */
public enum ActionStatus {
    OPEN,
    DONE,
    DROPPED;

    /** As written in a kit and in the exports: {@code open}, {@code done}, {@code dropped}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<ActionStatus> parse(String text) {
        for (ActionStatus status : values()) {
            if (status.key().equals(text.trim())) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
