package dev.alignkit.render;

import dev.alignkit.site.SiteLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * The sitemaps for intranet search crawlers; written only when the site's public address is known, since a sitemap
 * needs absolute URLs. {@code sitemap.xml} lists the public pages, what any visitor can open; {@code
 * facilitators/sitemap.xml} the facilitator pages, for a crawler let into that folder (a sitemap may list only URLs
 * below its own folder). They carry no dates, so rebuilding the same content gives the same files.
 */
public final class Sitemap {
    private Sitemap() {}

    /** The home page, each kit's participant page and the pages of its participant attachments. */
    public static List<String> publicPages(List<Views.KitView> kits) {
        List<String> pages = new ArrayList<>();
        pages.add(SiteLayout.INDEX);
        for (Views.KitView kit : kits) {
            pages.add(SiteLayout.participantPage(kit.id()));
            kit.attachments().stream()
                    .filter(a -> a.forParticipants() && a.pageUrl() != null)
                    .forEach(a -> pages.add(a.pageUrl()));
        }
        return pages;
    }

    /** The catalogue, each kit's page and its session pages. */
    public static List<String> facilitatorPages(List<Views.KitView> kits) {
        List<String> pages = new ArrayList<>();
        pages.add(SiteLayout.CATALOGUE);
        for (Views.KitView kit : kits) {
            pages.add(kit.url());
            kit.sessions().forEach(s -> pages.add(s.links().url()));
        }
        return pages;
    }

    /** {@code pages}: site paths, percent-encoded where they need it. */
    public static String xml(String siteUrl, List<String> pages) {
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
