package dev.alignkit.artifact;

import dev.alignkit.render.Sitemap;
import dev.alignkit.site.SiteLayout;

/** {@code sitemap.xml} of the public pages and {@code facilitators/sitemap.xml}, when the site's public address is known. */
final class SitemapFile implements SiteArtifact {
    @Override
    public void write(SiteJob site) {
        site.tools().settings().siteUrl().ifPresent(url -> {
            site.sink().write(SiteLayout.SITEMAP, Sitemap.xml(url, Sitemap.publicPages(site.kits())));
            site.sink().write(SiteLayout.FACILITATOR_SITEMAP, Sitemap.xml(url, Sitemap.facilitatorPages(site.kits())));
        });
    }
}
