package dev.alignkit.content;

import java.util.ArrayList;
import java.util.List;

/**
 * KPIs and the cadence, in days, at which they are reviewed. Check-ins fall every {@code reviewEveryDays} within the
 * first year; the last of them ends the review horizon, where each KPI should reach its target.
 */
public record Scorecard(int reviewEveryDays, String reviewEveryWritten, List<Kpi> kpis) {
    /** Check-ins are held for the first year of the scorecard. */
    public static final int CHECK_IN_YEAR_DAYS = 365;

    public int checkInCount() {
        return CHECK_IN_YEAR_DAYS / reviewEveryDays;
    }

    /** The day check-in {@code number} falls on, counted from the kit's start. */
    public int dayOf(int checkIn) {
        return checkIn * reviewEveryDays;
    }

    /** The days after the kit's start on which the KPIs are reviewed in the first year: every {@code reviewEveryDays}. */
    public List<Integer> checkInDays() {
        List<Integer> days = new ArrayList<>();
        for (int n = 1; n <= checkInCount(); n++) {
            days.add(dayOf(n));
        }
        return List.copyOf(days);
    }

    /** The day of the last check-in, where the planned path reaches the target; one interval when the year has none. */
    public int horizonDays() {
        return Math.max(1, checkInCount()) * reviewEveryDays;
    }
}
