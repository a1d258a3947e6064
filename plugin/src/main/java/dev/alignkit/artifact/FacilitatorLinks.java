package dev.alignkit.artifact;

import dev.alignkit.output.LinkChecker;
import dev.alignkit.site.SiteLayout;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.parser.Parser;

/**
 * The links of a public page that lead into {@code facilitators/}, which a host may keep from participants. The page's
 * own templates write none; such a link comes from a kit's participant text naming a facilitator file.
 */
final class FacilitatorLinks {
    /** A link as its author wrote it (relative to the kit's folder before the split) and where it leads now. */
    record Link(String asWritten, String target) {}

    private FacilitatorLinks() {}

    static List<Link> on(String kitId, String page, String html) {
        List<Link> links = new ArrayList<>();
        URI base = URI.create("file:///site/" + page);
        // a plain scan: parsing every participant page into a tree was a sixth of its CPU
        for (String written : LinkChecker.linksOf(html)) {
            String link = Parser.unescapeEntities(written, true);
            if (link.isEmpty() || link.startsWith("#") || link.contains(":")) {
                continue;
            }
            String target;
            try {
                target = base.resolve(link).getPath();
            } catch (IllegalArgumentException malformed) {
                continue; // the link checker reports it
            }
            if (!target.startsWith("/site/")) {
                continue;
            }
            target = target.substring("/site/".length());
            if (SiteLayout.isFacilitatorMaterial(target)) {
                links.add(new Link(asWritten(kitId, SiteLayout.former(target)), target));
            }
        }
        return links;
    }

    private static String asWritten(String kitId, String formerPath) {
        String kitFolder = SiteLayout.publicKitFolder(kitId);
        return formerPath.startsWith(kitFolder) ? formerPath.substring(kitFolder.length()) : "../" + formerPath;
    }
}
