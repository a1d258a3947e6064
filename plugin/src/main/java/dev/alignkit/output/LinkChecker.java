package dev.alignkit.output;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Collects the relative links of every page as it is written and, once the whole site is known, lists those
 * that lead nowhere. External links (with a scheme) and in-page anchors are not followed.
 */
public final class LinkChecker {
    private final Map<String, List<String>> linksByPage = Collections.synchronizedMap(new TreeMap<>());

    public void collect(String page, String html) {
        List<String> links = new ArrayList<>();
        addValues(html, "href=\"", links);
        addValues(html, "src=\"", links);
        addValues(html, "data-index=\"", links);
        linksByPage.put(page, links);
    }

    /** A plain scan rather than a regular expression: every page of a large site passes through here. */
    private static void addValues(String html, String attribute, List<String> into) {
        for (int at = html.indexOf(attribute); at >= 0; at = html.indexOf(attribute, at + 1)) {
            char before = at == 0 ? ' ' : html.charAt(at - 1);
            int start = at + attribute.length();
            int end = html.indexOf('"', start);
            if (end < 0) {
                return;
            }
            if (Character.isWhitespace(before)) {
                into.add(html.substring(start, end).replace("&amp;", "&"));
            }
        }
    }

    /** One message per link that does not resolve to a file of the site. */
    public List<String> brokenLinks(Set<String> sitePaths) {
        List<String> broken = new ArrayList<>();
        // Pages of one folder share most of their links (theme assets, the kit's pages): resolve each pair once.
        Map<String, Optional<String>> resolved = new HashMap<>();
        synchronized (linksByPage) {
            linksByPage.forEach((page, links) -> {
                String folder = page.substring(0, page.lastIndexOf('/') + 1);
                for (String link : links) {
                    resolved.computeIfAbsent(folder + '\n' + link, k -> resolve(page, link))
                            .filter(target -> !sitePaths.contains(target))
                            .ifPresent(target ->
                                    broken.add(page + " links to " + link + ", which the site does not contain"));
                }
            });
        }
        return broken;
    }

    /** The site path a link points to, or empty for links that are not checked. */
    static Optional<String> resolve(String page, String link) {
        if (link.isEmpty() || link.startsWith("#") || link.startsWith("data:")) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(link);
            if (uri.getScheme() != null || link.startsWith("//")) {
                return Optional.empty();
            }
            if (link.startsWith("/")) {
                return Optional.of("(root-relative) " + link);
            }
            URI base = new URI("file:///site/" + page);
            String path = base.resolve(uri.getRawPath()).getPath();
            return Optional.of(
                    path.startsWith("/site/") ? path.substring("/site/".length()) : "(outside the site) " + link);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.of("(malformed) " + link);
        }
    }
}
