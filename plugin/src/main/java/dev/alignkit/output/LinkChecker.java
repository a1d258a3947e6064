package dev.alignkit.output;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks the relative links of every page as it is written and, once the whole site is known, lists those that lead
 * nowhere. External links (with a scheme) and in-page anchors are not followed.
 *
 * <p>Links are resolved as each page arrives and only the distinct targets are kept, each with the first page (by
 * name) that links to it: a site of 1,000 kits has some 200,000 links but only as many targets as files, so what the
 * checker holds grows with the site's files, not with its links.
 */
public final class LinkChecker {
    /** One target's first reference, by page name, and how many links lead to it. */
    private record Reference(String page, String link, int links) {
        static final Comparator<Reference> FIRST =
                Comparator.comparing(Reference::page).thenComparing(Reference::link);

        Reference plus(Reference other) {
            Reference first = FIRST.compare(this, other) <= 0 ? this : other;
            return new Reference(first.page, first.link, links + other.links);
        }
    }

    private final Map<String, Reference> targets = new ConcurrentHashMap<>();
    // Pages of one folder share most of their links (theme assets, the kit's pages): resolve each pair once.
    private final Map<String, Optional<String>> resolved = new ConcurrentHashMap<>();

    /**
     * The values of a page's {@code href} and {@code src} attributes, found by a plain scan: the theme and the
     * Markdown sanitiser quote every attribute with double quotes. The values are as written, entities and all.
     */
    public static List<String> linksOf(String html) {
        List<String> links = new ArrayList<>();
        addValues(html, "href=\"", links);
        addValues(html, "src=\"", links);
        return links;
    }

    public void collect(String page, CharSequence text) {
        String html = text.toString();
        List<String> links = linksOf(html);
        addValues(html, "data-index=\"", links);
        String folder = page.substring(0, page.lastIndexOf('/') + 1);
        for (String written : links) {
            String link = written.replace("&amp;", "&");
            resolved.computeIfAbsent(folder + '\n' + link, k -> resolve(page, link))
                    .ifPresent(target -> targets.merge(target, new Reference(page, link, 1), Reference::plus));
        }
    }

    /**
     * A writer that passes a page on to {@code out} and collects its links on the way, a line at a time, so a page
     * streamed to its file is checked without being held. (A link's value never spans lines: the theme writes none,
     * and Markdown link targets cannot.)
     */
    public Writer collecting(String page, Writer out) {
        return new Writer() {
            private final StringBuilder pending = new StringBuilder();

            /** Where the last line of {@code pending} ends; a long line is not searched again with each write. */
            private int lineEnd;

            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                out.write(chars, offset, length);
                for (int i = offset + length - 1; i >= offset; i--) {
                    if (chars[i] == '\n') {
                        lineEnd = pending.length() + i - offset + 1;
                        break;
                    }
                }
                pending.append(chars, offset, length);
                if (pending.length() >= 1 << 16 && lineEnd > 0) {
                    collect(page, pending.subSequence(0, lineEnd));
                    pending.delete(0, lineEnd);
                    lineEnd = 0;
                }
            }

            @Override
            public void flush() throws IOException {
                out.flush();
            }

            @Override
            public void close() throws IOException {
                collect(page, pending);
                pending.setLength(0);
                out.close();
            }
        };
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
                into.add(html.substring(start, end));
            }
        }
    }

    /**
     * One message per target that is not a file of the site, naming the first page that links to it, in page order.
     */
    public List<String> brokenLinks(Set<String> sitePaths) {
        return targets.entrySet().stream()
                .filter(target -> !sitePaths.contains(target.getKey()))
                .map(Map.Entry::getValue)
                .sorted(Reference.FIRST)
                .map(r -> r.page() + " links to " + r.link() + ", which the site does not contain"
                        + (r.links() > 1 ? "; " + (r.links() - 1) + " other links lead there too" : ""))
                .toList();
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
