package dev.alignkit.render;

import dev.alignkit.site.SiteLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sitemap.xml} for intranet search crawlers; written only when the site's public address is known, since a
 * sitemap needs absolute URLs. It carries no dates, so rebuilding the same content gives the same file.
 */
public final class Sitemap {
    private Sitemap() {}

    public static String xml(String siteUrl, List<Views.KitView> kits) {
        List<String> pages = new ArrayList<>();
        pages.add(SiteLayout.INDEX);
        for (Views.KitView kit : kits) {
            pages.add(kit.url());
            kit.sessions().forEach(s -> pages.add(s.links().url()));
        }
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String page : pages) {
            out.append("  <url><loc>").append(escape(siteUrl + page)).append("</loc></url>\n");
        }
        return out.append("</urlset>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
