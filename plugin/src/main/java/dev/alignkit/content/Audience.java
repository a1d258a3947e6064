package dev.alignkit.content;

import java.util.Locale;
import java.util.Optional;

/**
 * Who a piece of a kit is written for. Facilitator material (the default wherever a key can say either) never reaches a
 * participant document or page.
 */
public enum Audience {
    FACILITATORS,
    PARTICIPANTS;

    /** The spelling used in YAML: {@code participants}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Audience> of(String text) {
        for (Audience audience : values()) {
            if (audience.key().equals(text.trim())) {
                return Optional.of(audience);
            }
        }
        return Optional.empty();
    }
}
