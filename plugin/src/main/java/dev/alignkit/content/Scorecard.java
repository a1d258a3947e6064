package dev.alignkit.content;

import java.util.ArrayList;
import java.util.List;

/** KPIs and the cadence, in days, at which they are reviewed. */
public record Scorecard(int reviewEveryDays, String reviewEveryWritten, List<Kpi> kpis) {
    /** Check-ins are planned for the scorecard's first year. */
    public static final int CHECK_IN_HORIZON_DAYS = 365;

    /** The days after the kit's start on which the KPIs are reviewed in the first year: every {@code reviewEveryDays}. */
    public List<Integer> checkInDays() {
        List<Integer> days = new ArrayList<>();
        for (int n = 1; (long) n * reviewEveryDays <= CHECK_IN_HORIZON_DAYS; n++) {
            days.add(n * reviewEveryDays);
        }
        return List.copyOf(days);
    }
}
