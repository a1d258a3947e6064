package dev.alignkit.render;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Site-wide values templates may show. {@code siteUrl} ends with '/' when present. {@code asOf} is the build's date
 * (from {@code project.build.outputTimestamp}): actions due before it and still open are overdue; without it none is,
 * so that the same commit gives the same bytes.
 */
public record SiteSettings(String title, Optional<String> siteUrl, String generator, Optional<LocalDate> asOf) {

    public SiteSettings {
        siteUrl = siteUrl.map(u -> u.endsWith("/") ? u : u + "/");
    }

    public SiteSettings(String title, Optional<String> siteUrl, String generator) {
        this(title, siteUrl, generator, Optional.empty());
    }

    /** For templates, which cannot unwrap Optional. */
    public String url() {
        return siteUrl.orElse(null);
    }
}
