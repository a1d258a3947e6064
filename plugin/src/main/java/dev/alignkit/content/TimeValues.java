package dev.alignkit.content;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The content format's small languages for durations, relative due dates, dates and clock times. */
final class TimeValues {
    private static final Pattern DURATION = Pattern.compile("(?:(\\d{1,3})h)?(?:(\\d{1,4})m)?");
    private static final Pattern RELATIVE = Pattern.compile("([+-])(\\d{1,4})([dw])");
    private static final Pattern INTERVAL = Pattern.compile("(\\d{1,4})([dw])");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern CLOCK = Pattern.compile("\\d{2}:\\d{2}");

    private TimeValues() {}

    /** {@code 90}, {@code "10m"}, {@code "1h"}, {@code "1h30m"}. */
    static Optional<Duration> duration(String text) {
        String trimmed = text.trim();
        if (trimmed.matches("\\d{1,4}")) {
            return Optional.of(Duration.ofMinutes(Integer.parseInt(trimmed)));
        }
        Matcher m = DURATION.matcher(trimmed);
        if (trimmed.isEmpty() || !m.matches()) {
            return Optional.empty();
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long minutes = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
        return Optional.of(Duration.ofMinutes(hours * 60 + minutes));
    }

    static Optional<RelativeDue> relativeDue(String text) {
        Matcher m = RELATIVE.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int days = Integer.parseInt(m.group(2)) * (m.group(3).equals("w") ? 7 : 1);
        return Optional.of(new RelativeDue(m.group(1).equals("-") ? -days : days, text.trim()));
    }

    /** Days in a cadence such as {@code 90d} or {@code 13w}. */
    static Optional<Integer> intervalDays(String text) {
        Matcher m = INTERVAL.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int days = Integer.parseInt(m.group(1)) * (m.group(2).equals("w") ? 7 : 1);
        return days > 0 ? Optional.of(days) : Optional.empty();
    }

    static Optional<LocalDate> date(String text) {
        if (!DATE.matcher(text.trim()).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<LocalTime> clock(String text) {
        if (!CLOCK.matcher(text.trim()).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(text.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** "1h30m", "45m", "2h": the way the format writes durations. */
    static String format(Duration duration) {
        long hours = duration.toHours();
        long minutes = duration.toMinutesPart();
        if (hours == 0) {
            return minutes + "m";
        }
        return minutes == 0 ? hours + "h" : hours + "h" + minutes + "m";
    }
}
