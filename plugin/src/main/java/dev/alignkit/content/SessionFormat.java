package dev.alignkit.content;

import java.util.Locale;

public enum SessionFormat {
    PULSE,
    MEETING,
    WORKSHOP,
    ALIGNMENT_DAY;

    /** The spelling used in YAML: {@code alignment-day}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean isMeeting() {
        return this != PULSE;
    }
}
