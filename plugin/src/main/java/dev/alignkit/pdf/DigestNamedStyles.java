package dev.alignkit.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.w3c.dom.Element;
import org.xhtmlrenderer.css.sheet.StylesheetInfo;
import org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler;

/**
 * Flying Saucer's XHTML handling, with each {@code <style>} element named by a digest of its text. Flying Saucer caches
 * parsed style sheets by name but names an inline sheet by a counter, so it parses the print style sheet again for
 * every document; under a name that depends only on the text, a worker thread's next document with the same text gets
 * the sheet it parsed before. A parsed sheet depends on nothing but its text, origin and name (the name has no slash,
 * as Flying Saucer's own has none, so relative URLs in it resolve as before).
 */
final class DigestNamedStyles extends XhtmlNamespaceHandler {
    private static final String PREFIX = "inline-sha256:";

    @Override
    protected StylesheetInfo readStyleElement(Element style) {
        StylesheetInfo counted = super.readStyleElement(style);
        if (counted == null) {
            return null;
        }
        String css = counted.getContent().orElseThrow();
        return new StylesheetInfo(counted.getOrigin(), PREFIX + sha256(css), counted.getMedia(), css);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
