package dev.alignkit.render;

import dev.alignkit.render.Views.AttachmentView;
import dev.alignkit.render.Views.KitView;
import dev.alignkit.site.SiteLayout;
import dev.alignkit.site.UrlPath;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Relative links written in a kit's Markdown, made to lead from the page that shows them to the file they named.
 * Authors write them against the site as it was before facilitator material moved to {@code facilitators/}: from the
 * kit's folder, which held every page ({@code files/agenda.pdf}, {@code s2.html}, {@code ../other-kit/index.html}), or
 * from a Markdown attachment's page. {@link SiteLayout#current} says where that file is now; the link is rewritten
 * only when it would otherwise miss it, so most links stay as written.
 *
 * @param authoredFolder the folder the Markdown was written for, in the former site ({@code kit/})
 * @param page the page that shows it, in the site
 * @param participantAttachment for a kit id and a percent-encoded path below its {@code files/}: whether it is a
 *     participant attachment or the page of one
 */
public record PageLinks(String authoredFolder, String page, BiPredicate<String, String> participantAttachment) {
    private static final String[] ATTRIBUTES = {" href=\"", " src=\""};

    /** Markdown of a kit's fields, shown on {@code page}. */
    public static PageLinks ofKit(KitView kit, String page) {
        return new PageLinks(SiteLayout.publicKitFolder(kit.id()), page, participantAttachments(kit));
    }

    /** A Markdown attachment's own text, on its page: written from the folder its page had. */
    public static PageLinks ofAttachment(KitView kit, AttachmentView attachment) {
        String page = attachment.pagePath();
        return new PageLinks(SiteLayout.folderOfPage(SiteLayout.former(page)), page, participantAttachments(kit));
    }

    private static BiPredicate<String, String> participantAttachments(KitView kit) {
        List<String> urls = new ArrayList<>();
        for (AttachmentView a : kit.attachments()) {
            if (a.forParticipants()) {
                urls.add(a.url());
                if (a.pageUrl() != null) {
                    urls.add(a.pageUrl());
                }
            }
        }
        return (kitId, inFiles) -> {
            if (!kitId.equals(kit.id())) {
                return false;
            }
            String asWritten = SiteLayout.attachment(kitId, inFiles, true);
            return urls.contains(asWritten) || urls.contains(UrlPath.encode(asWritten));
        };
    }

    /** {@code markup} with every relative {@code href} and {@code src} leading where its author meant from this page. */
    public String rewrite(String markup) {
        if (markup.indexOf(" href=\"") < 0 && markup.indexOf(" src=\"") < 0) {
            return markup;
        }
        StringBuilder out = null;
        int copied = 0;
        for (int at = nextAttribute(markup, 0); at >= 0; at = nextAttribute(markup, at + 1)) {
            int start = markup.indexOf('"', at) + 1;
            int end = markup.indexOf('"', start);
            if (end < 0) {
                break;
            }
            String link = markup.substring(start, end);
            String moved = relink(link);
            if (!moved.equals(link)) {
                if (out == null) {
                    out = new StringBuilder(markup.length() + 32);
                }
                out.append(markup, copied, start).append(moved);
                copied = end;
            }
        }
        return out == null
                ? markup
                : out.append(markup, copied, markup.length()).toString();
    }

    private static int nextAttribute(String markup, int from) {
        int next = -1;
        for (String attribute : ATTRIBUTES) {
            int at = markup.indexOf(attribute, from);
            if (at >= 0 && (next < 0 || at < next)) {
                next = at;
            }
        }
        return next;
    }

    /** One link, as it must be written on this page. Links with a scheme, anchors and root-relative ones stay. */
    String relink(String link) {
        int tailAt = firstOf(link, '?', '#');
        String path = link.substring(0, tailAt);
        if (path.isEmpty() || path.startsWith("/") || hasScheme(path)) {
            return link;
        }
        String former = normalized(authoredFolder + path);
        if (former == null) {
            return link;
        }
        String now = SiteLayout.current(former, participantAttachment);
        String pageFolder = SiteLayout.folderOfPage(page);
        if (now.equals(former) && pageFolder.equals(authoredFolder)) {
            return link;
        }
        return relative(pageFolder, now) + link.substring(tailAt);
    }

    private static int firstOf(String text, char a, char b) {
        int first = text.length();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == a || text.charAt(i) == b) {
                return i;
            }
        }
        return first;
    }

    private static boolean hasScheme(String path) {
        int colon = path.indexOf(':');
        return colon >= 0 && (path.indexOf('/') < 0 || colon < path.indexOf('/'));
    }

    /** {@code a/b/../c} as {@code a/c}; null when it climbs out of the site (the link checker reports those). */
    private static String normalized(String path) {
        List<String> segments = new ArrayList<>();
        String[] parts = path.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean last = i == parts.length - 1;
            if (part.equals("..")) {
                if (segments.isEmpty()) {
                    return null;
                }
                segments.remove(segments.size() - 1);
                if (last) {
                    segments.add("");
                }
            } else if (part.equals(".")) {
                if (last) {
                    segments.add("");
                }
            } else if (!part.isEmpty() || last) {
                segments.add(part);
            }
        }
        return String.join("/", segments);
    }

    /** The way from a folder ({@code facilitators/kit/}) to a site path ({@code kit/files/a.pdf}). */
    private static String relative(String fromFolder, String target) {
        String[] from = fromFolder.isEmpty() ? new String[0] : fromFolder.split("/");
        String[] to = target.split("/", -1);
        int common = 0;
        while (common < from.length && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder out = new StringBuilder("../".repeat(from.length - common));
        for (int i = common; i < to.length; i++) {
            out.append(to[i]);
            if (i < to.length - 1) {
                out.append('/');
            }
        }
        return out.toString();
    }
}
