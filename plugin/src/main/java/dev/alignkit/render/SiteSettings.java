package dev.alignkit.render;

import java.util.Optional;

/** Site-wide values templates may show. {@code siteUrl} ends with '/' when present. */
public record SiteSettings(String title, Optional<String> siteUrl, String generator) {

    public SiteSettings {
        siteUrl = siteUrl.map(u -> u.endsWith("/") ? u : u + "/");
    }

    /** For templates, which cannot unwrap Optional. */
    public String url() {
        return siteUrl.orElse(null);
    }
}
