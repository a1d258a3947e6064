package dev.alignkit.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Site-wide values templates may show. {@code siteUrl} ends with '/' when present. {@code version} (the project's) and
 * {@code timestamp} (the build's {@code project.build.outputTimestamp}) say which edition of a kit a printout is.
 */
public record SiteSettings(
        String title,
        Optional<String> siteUrl,
        String generator,
        Optional<String> version,
        Optional<Instant> timestamp,
        Optional<LocalDate> writtenAsOf) {

    public SiteSettings {
        siteUrl = siteUrl.map(u -> u.endsWith("/") ? u : u + "/");
        version = version.filter(v -> !v.isBlank());
    }

    public SiteSettings(
            String title,
            Optional<String> siteUrl,
            String generator,
            Optional<String> version,
            Optional<Instant> timestamp) {
        this(title, siteUrl, generator, version, timestamp, Optional.empty());
    }

    /** The same settings with the build's date set by {@code align.asOf} rather than taken from the timestamp. */
    public SiteSettings withAsOf(Optional<LocalDate> day) {
        return new SiteSettings(title, siteUrl, generator, version, timestamp, day);
    }

    public SiteSettings(String title, Optional<String> siteUrl, String generator) {
        this(title, siteUrl, generator, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * The build's date: {@code align.asOf} when set, else the timestamp's date in UTC. Actions due before it and still
     * open are overdue, and the scorecard's latest value is the last one measured by it. Without either there is no
     * such date (nothing is overdue, every value counts), so that the same commit gives the same bytes.
     */
    public Optional<LocalDate> asOf() {
        return writtenAsOf.or(() -> timestamp.map(stamp -> LocalDate.ofInstant(stamp, ZoneOffset.UTC)));
    }

    /** For templates, which cannot unwrap Optional. */
    public String url() {
        return siteUrl.orElse(null);
    }
}
