package dev.alignkit.content;

import java.util.List;

/** KPIs and the cadence, in days, at which they are reviewed. */
public record Scorecard(int reviewEveryDays, String reviewEveryWritten, List<Kpi> kpis) {}
