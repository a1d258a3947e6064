package dev.alignkit.render;

import dev.alignkit.safety.Refusal;
import dev.alignkit.safety.UrlPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.owasp.html.AttributePolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.PolicyFactory;

/**
 * The last step of rendering Markdown: an allow-list sanitiser (OWASP's) keeps only the elements and attributes that
 * CommonMark and its tables write, and only URLs that {@link UrlPolicy} allows. It reads the HTML as a browser would,
 * entities decoded, so a scheme spelt {@code javascript&#58;} is judged as {@code javascript:}. The output is written by
 * {@link XhtmlWriter}, which escapes as flexmark does, so a fragment with nothing to remove comes out unchanged.
 */
final class MarkdownSanitizer {
    private final UrlPolicy urls;
    private final PolicyFactory policy;

    MarkdownSanitizer(UrlPolicy urls) {
        this.urls = urls;
        this.policy = new HtmlPolicyBuilder()
                .allowElements(
                        "p",
                        "em",
                        "strong",
                        "code",
                        "pre",
                        "blockquote",
                        "ul",
                        "ol",
                        "li",
                        "h2",
                        "h3",
                        "h4",
                        "h5",
                        "h6",
                        "table",
                        "thead",
                        "tbody",
                        "tr",
                        "th",
                        "td",
                        "br",
                        "hr",
                        "del",
                        "a",
                        "img")
                .allowUrlProtocols(UrlPolicy.LINK_SCHEMES.toArray(String[]::new))
                .allowAttributes("href")
                .matching(allowedBy(urls::link))
                .onElements("a")
                .allowAttributes("title")
                .onElements("a", "img")
                .allowAttributes("src")
                .matching(allowedBy(urls::pageImage))
                .onElements("img")
                .allowAttributes("alt")
                .onElements("img")
                .allowAttributes("scope")
                .matching(true, "col", "row")
                .onElements("th")
                .allowAttributes("align")
                .matching(true, "left", "center", "right")
                .onElements("th", "td")
                .allowAttributes("start")
                .matching(Pattern.compile("[0-9]{1,9}"))
                .onElements("ol")
                .allowAttributes("class")
                .matching(Pattern.compile("md-table"))
                .onElements("table")
                .allowAttributes("class")
                .matching(Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}"))
                .onElements("code")
                // An image whose source was refused is dropped whole, rather than left as an empty box.
                .allowElements((name, attributes) -> attributes.contains("src") ? name : null, "img")
                .toFactory();
    }

    /** The allowed part of {@code html}; each URL left out is passed to {@code refused}. */
    String sanitize(String html, Consumer<Refusal> refused) {
        XhtmlWriter out = new XhtmlWriter(html.length());
        HtmlSanitizer.sanitize(html, policy.apply(out), policyInput -> new ReportingUrls(policyInput, urls, refused));
        return out.toString();
    }

    /** Inline text only: what a link says stays, the link and any image go. */
    private static final PolicyFactory INLINE_TEXT =
            new HtmlPolicyBuilder().allowElements("em", "strong", "code", "del").toFactory();

    /**
     * {@code html} without links and images, for a summary shown away from its kit (the teaser on the index): its
     * relative links are written for the kit's own folder, and a card that links the kit cannot hold links itself.
     */
    static String withoutLinks(String html) {
        if (!html.contains("<a ") && !html.contains("<img ")) {
            return html;
        }
        XhtmlWriter out = new XhtmlWriter(html.length());
        HtmlSanitizer.sanitize(html, INLINE_TEXT.apply(out));
        return out.toString();
    }

    private static AttributePolicy allowedBy(Function<String, Optional<Refusal>> check) {
        return (element, attribute, value) -> check.apply(value).isPresent() ? null : value;
    }

    /**
     * Sees every link and image before the policy does, with entities decoded, and reports and removes the URLs the
     * policy refuses; the policy would drop them silently (its own scheme filter comes first), and checks them again.
     */
    private static final class ReportingUrls implements HtmlStreamEventReceiver {
        private final HtmlStreamEventReceiver next;
        private final UrlPolicy urls;
        private final Consumer<Refusal> refused;

        ReportingUrls(HtmlStreamEventReceiver next, UrlPolicy urls, Consumer<Refusal> refused) {
            this.next = next;
            this.urls = urls;
            this.refused = refused;
        }

        @Override
        public void openTag(String element, List<String> attributes) {
            List<String> kept = new ArrayList<>(attributes.size());
            for (int i = 0; i + 1 < attributes.size(); i += 2) {
                String name = attributes.get(i);
                String value = attributes.get(i + 1);
                Optional<Refusal> refusal = element.equals("a") && name.equals("href")
                        ? urls.link(value)
                        : element.equals("img") && name.equals("src") ? urls.pageImage(value) : Optional.empty();
                refusal.ifPresentOrElse(refused, () -> {
                    kept.add(name);
                    kept.add(value);
                });
            }
            next.openTag(element, kept);
        }

        @Override
        public void openDocument() {
            next.openDocument();
        }

        @Override
        public void closeDocument() {
            next.closeDocument();
        }

        @Override
        public void closeTag(String element) {
            next.closeTag(element);
        }

        @Override
        public void text(String text) {
            next.text(text);
        }
    }
}
