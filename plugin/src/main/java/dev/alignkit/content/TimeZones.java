package dev.alignkit.content;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Reads a kit's {@code timezone} into a zone every output can name. A calendar needs a zone with an id in the
 * time-zone database: {@code GMT+2}, {@code +05:00}, {@code UTC+01:00} and {@code Z} are fixed offsets the JDK accepts
 * but calendars cannot describe, so they become the database's own names ({@code Etc/GMT-2}, {@code UTC}).
 */
final class TimeZones {
    /** The database's names, for suggestions: the JDK's ids without those {@link #read} refuses. */
    static final List<String> NAMES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> !isForeign(id))
            .sorted()
            .toList();

    private TimeZones() {}

    /** What reading a zone gave: the zone, or why it cannot be used. */
    interface Read {}

    record Usable(ZoneId zone) implements Read {}

    record Unknown() implements Read {}

    /** A fixed offset the database has no name for, such as +05:30. */
    record UnnamedOffset(ZoneOffset offset) implements Read {}

    static Read read(String written) {
        ZoneId zone;
        try {
            zone = ZoneId.of(written.trim());
        } catch (DateTimeException e) {
            return new Unknown();
        }
        if (isForeign(zone.getId())) {
            return new Unknown();
        }
        ZoneId normalized;
        try {
            normalized = zone.normalized();
        } catch (RuntimeException e) {
            // a zone some library registered without rules: no calendar could use it
            return new Unknown();
        }
        if (normalized instanceof ZoneOffset offset) {
            return named(offset).<Read>map(Usable::new).orElse(new UnnamedOffset(offset));
        }
        return new Usable(zone);
    }

    /**
     * SystemV: kept by the JDK for old Unix systems, not in the database calendars use. ical4j~ and ical4j-local-:
     * zones the calendar library registers with the JDK (some without rules) for calendars it has read, not names a
     * kit can mean.
     */
    private static boolean isForeign(String id) {
        return id.startsWith("SystemV/") || id.startsWith("ical4j");
    }

    /** UTC, or Etc/GMT-2 for +02:00: the database's names have the POSIX sign, the opposite of ISO 8601. */
    private static Optional<ZoneId> named(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        if (seconds == 0) {
            return Optional.of(ZoneId.of("UTC"));
        }
        int hours = seconds / 3600;
        if (seconds % 3600 != 0 || hours < -12 || hours > 14) {
            return Optional.empty();
        }
        return Optional.of(ZoneId.of("Etc/GMT" + (hours > 0 ? "-" : "+") + Math.abs(hours)));
    }
}
