package dev.alignkit.content;

import java.util.Locale;

/** How a KPI's actual value stands against its plan at one check-in. */
public enum KpiStatus {
    ON_TRACK,
    AT_RISK,
    OFF_TRACK;

    /** {@code on_track}, {@code at_risk}, {@code off_track}: the label key and the CSS class. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
