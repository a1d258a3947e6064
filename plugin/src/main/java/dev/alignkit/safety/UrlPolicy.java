package dev.alignkit.safety;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one allow-list for URLs that kit content may publish, in pages and PDFs alike. It judges a URL as a browser would
 * read it (entities already decoded, tabs and line breaks removed, leading and trailing control characters and spaces
 * stripped), so that no spelling of a scheme slips past it.
 */
public final class UrlPolicy {
    /** Schemes a link may use; anything else (javascript:, vbscript:, data:, file:, ...) is refused. */
    public static final List<String> LINK_SCHEMES = List.of("http", "https", "mailto", "tel");

    private static final Set<String> WEB_SCHEMES = Set.of("http", "https");

    private final Set<String> allowedImageHosts;

    /** {@code allowedImageHosts}: hosts ({@code images.example.com}, or with a port) whose images pages may show. */
    public UrlPolicy(Collection<String> allowedImageHosts) {
        this.allowedImageHosts = allowedImageHosts.stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A policy that lets pages show no remote image. */
    public static UrlPolicy withoutRemoteImages() {
        return new UrlPolicy(List.of());
    }

    /** Why a link target may not be published, or empty when it may. */
    public Optional<Refusal> link(String url) {
        String target = asBrowserReadsIt(url);
        if (target.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            return refused(url, "link", "it contains a control character");
        }
        if (target.indexOf('\\') >= 0) {
            return refused(
                    url, "link", "it contains a backslash, which browsers read as '/'; write '/' between folders");
        }
        if (target.startsWith("//")) {
            return refused(
                    url, "link", "a link that starts with '//' takes its scheme from the page; write https:// in full");
        }
        if (target.startsWith("/")) {
            return Optional.of(new Refusal(
                    url,
                    true,
                    "link " + shown(url) + " is root-relative: it breaks when the site is opened from a file"
                            + " share or served under a sub-path; write it relative to the kit's page (e.g. 'files/agenda.pdf' or"
                            + " '../other-kit/index.html') or as a full https:// address"));
        }
        Optional<String> scheme = scheme(target);
        if (scheme.isPresent() && !LINK_SCHEMES.contains(scheme.get())) {
            return refused(
                    url, "link", "only " + String.join(", ", LINK_SCHEMES) + " and relative links are published");
        }
        return Optional.empty();
    }

    /** Why an image may not be shown in a web page, or empty when it may: a relative one, or one from an allowed host. */
    public Optional<Refusal> pageImage(String url) {
        Optional<Refusal> asLink = link(url);
        if (asLink.isPresent()) {
            return Optional.of(new Refusal(
                    url, asLink.get().breaksSite(), asLink.get().reason().replaceFirst("^link", "image")));
        }
        Optional<String> scheme = scheme(asBrowserReadsIt(url));
        if (scheme.isEmpty()) {
            return Optional.empty();
        }
        if (WEB_SCHEMES.contains(scheme.get()) && allowsHost(asBrowserReadsIt(url))) {
            return Optional.empty();
        }
        return refused(
                url,
                "image",
                WEB_SCHEMES.contains(scheme.get())
                        ? "its host is not in the project's allowedImageHosts (align.allowedImageHosts); attach the image to the kit instead,"
                                + " or allow the host"
                        : "an image must be a file attached to the kit");
    }

    /**
     * Why a URL may not be published as an address people open from anywhere (a session's online meeting), or empty
     * when it may: an absolute http or https URL with a host, judged as a browser reads it, holding no space or control
     * character, since it is also written into calendars and onto paper.
     */
    public static Optional<Refusal> webAddress(String url) {
        String target = url.strip();
        if (target.codePoints()
                .anyMatch(c -> Character.isISOControl(c)
                        || Character.isWhitespace(c)
                        || Character.isSpaceChar(c)
                        || Character.getType(c) == Character.FORMAT)) {
            return notAWebAddress(url, "it contains a space, a line break or an invisible character");
        }
        Optional<String> scheme = scheme(target);
        if (scheme.isEmpty() || !WEB_SCHEMES.contains(scheme.get())) {
            return notAWebAddress(url, "only http:// and https:// addresses open in every browser");
        }
        try {
            URI uri = new URI(target);
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                return notAWebAddress(url, "it names no host");
            }
        } catch (URISyntaxException e) {
            return notAWebAddress(url, "it is not a well-formed address (" + e.getReason() + ")");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> notAWebAddress(String url, String why) {
        return Optional.of(new Refusal(url, false, "'" + shown(url) + "' is not a web address: " + why));
    }

    /** What a browser makes of an attribute value before it looks for a scheme. */
    static String asBrowserReadsIt(String url) {
        int start = 0;
        int end = url.length();
        while (start < end && url.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && url.charAt(end - 1) <= ' ') {
            end--;
        }
        StringBuilder kept = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = url.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /** The lower-cased scheme when a ':' comes before any '/', '?' or '#'; what precedes it counts as a scheme however written. */
    private static Optional<String> scheme(String target) {
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == ':') {
                return Optional.of(target.substring(0, i).toLowerCase(Locale.ROOT));
            }
            if (c == '/' || c == '?' || c == '#') {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** An allowed host without a port allows its default port only; {@code host:port} allows that port. */
    private boolean allowsHost(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null) {
                return false;
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            return uri.getPort() < 0
                    ? allowedImageHosts.contains(host)
                    : allowedImageHosts.contains(host + ":" + uri.getPort());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The URL as a message may show it: control characters spelled out, cut to a length a log line can carry. */
    public static String shown(String url) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < url.length() && shown.length() < 200; i++) {
            char c = url.charAt(i);
            shown.append(
                    c < 0x20 || c == 0x7F || c >= 0x80 && c < 0xA0 || Character.getType(c) == Character.FORMAT
                            ? String.format(Locale.ROOT, "\\u%04X", (int) c)
                            : String.valueOf(c));
        }
        return shown.length() < 200 ? shown.toString() : shown + "...";
    }

    private static Optional<Refusal> refused(String url, String what, String why) {
        return Optional.of(new Refusal(url, false, what + " " + shown(url) + " was left out: " + why));
    }
}
