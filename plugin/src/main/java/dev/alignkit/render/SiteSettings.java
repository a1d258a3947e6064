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
        Optional<Instant> timestamp) {

    public SiteSettings {
        siteUrl = siteUrl.map(u -> u.endsWith("/") ? u : u + "/");
        version = version.filter(v -> !v.isBlank());
    }

    public SiteSettings(String title, Optional<String> siteUrl, String generator) {
        this(title, siteUrl, generator, Optional.empty(), Optional.empty());
    }

    /**
     * The build's date, in UTC: actions due before it and still open are overdue. Without a timestamp none is, so that
     * the same commit gives the same bytes.
     */
    public Optional<LocalDate> asOf() {
        return timestamp.map(stamp -> LocalDate.ofInstant(stamp, ZoneOffset.UTC));
    }

    /** For templates, which cannot unwrap Optional. */
    public String url() {
        return siteUrl.orElse(null);
    }
}
