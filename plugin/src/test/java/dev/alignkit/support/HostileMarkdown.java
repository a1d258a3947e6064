package dev.alignkit.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Markdown that tries to publish a live link or image with a dangerous scheme: the filter-evasion forms (entities,
 * whitespace, case, control characters, nesting, references, autolinks, protocol-relative) an attacker tries first.
 * Each vector's payload, when run, would call {@code alert} or set {@code window.pwned}.
 */
public final class HostileMarkdown {
    /** One named piece of Markdown. */
    public record Vector(String name, String markdown) {
        @Override
        public String toString() {
            return name;
        }
    }

    private HostileMarkdown() {}

    public static List<Vector> vectors() {
        List<Vector> vectors = new ArrayList<>();
        String js = "alert(1);window.pwned=1";
        // The scheme spelt every way a decoder would turn back into "javascript:".
        List<String> colons =
                List.of(":", "&#58;", "&colon;", "&#x3a;", "&#X3A;", "&#0000058;", "&#x0000003a;", "&#58", "%3A");
        for (String colon : colons) {
            vectors.add(new Vector("link javascript" + colon, "[x](javascript" + colon + js + ")"));
        }
        vectors.add(new Vector("entity inside the word", "[x](java&#115;cript:" + js + ")"));
        vectors.add(new Vector("hex entity inside the word", "[x](&#x6A;avascript:" + js + ")"));
        vectors.add(new Vector("&Tab; inside the word", "[x](java&Tab;script:" + js + ")"));
        vectors.add(new Vector("&NewLine; inside the word", "[x](java&NewLine;script:" + js + ")"));
        vectors.add(new Vector("&#9; inside the word", "[x](java&#9;script:" + js + ")"));
        vectors.add(new Vector("&#13; inside the word", "[x](java&#13;script:" + js + ")"));
        vectors.add(new Vector("mixed case", "[x](JaVaScRiPt:" + js + ")"));
        vectors.add(new Vector("upper case entity scheme", "[x](JAVASCRIPT&colon;" + js + ")"));
        vectors.add(new Vector("leading spaces in angle brackets", "[x](<   javascript:" + js + ">)"));
        vectors.add(new Vector("leading control entity", "[x](&#1;javascript:" + js + ")"));
        vectors.add(new Vector("leading form feed entity", "[x](&#12;javascript:" + js + ")"));
        vectors.add(new Vector("NUL inside", "[x](java\u0000script:" + js + ")"));
        vectors.add(new Vector("NUL entity inside", "[x](java&#0;script:" + js + ")"));
        vectors.add(new Vector("nested angle brackets", "[x](<javascript:" + js + ">)"));
        vectors.add(new Vector("nested link text", "[[x](https://example.com)](javascript:" + js + ")"));
        vectors.add(new Vector("link with title", "[x](javascript:" + js + " \"title\")"));
        vectors.add(new Vector("reference link", "[x][evil]\n\n[evil]: javascript:" + js));
        vectors.add(new Vector("reference link with entity", "[x][evil]\n\n[evil]: javascript&#58;" + js));
        vectors.add(new Vector("collapsed reference", "[evil][]\n\n[evil]: <javascript&colon;" + js + ">"));
        vectors.add(new Vector("shortcut reference", "[evil]\n\n[evil]: vbscript:msgbox(1)"));
        vectors.add(new Vector("autolink", "<javascript:" + js + ">"));
        vectors.add(new Vector("autolink upper case", "<JAVASCRIPT:" + js + ">"));
        vectors.add(new Vector("protocol-relative", "[x](//evil.example/steal)"));
        vectors.add(new Vector("protocol-relative with backslashes", "[x](\\\\evil.example/steal)"));
        vectors.add(new Vector("slash backslash", "[x](/\\evil.example/steal)"));
        vectors.add(new Vector("vbscript", "[x](vbscript:msgbox(1))"));
        vectors.add(new Vector("livescript", "[x](livescript:" + js + ")"));
        vectors.add(new Vector("data html", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"));
        vectors.add(new Vector("data html entity", "[x](data&colon;text/html,<script>alert(1)</script>)"));
        vectors.add(new Vector("file", "[x](file:///etc/passwd)"));
        vectors.add(new Vector("file entity", "[x](file&#58;///etc/passwd)"));
        vectors.add(new Vector("image javascript", "![x](javascript:" + js + ")"));
        vectors.add(new Vector("image entity colon", "![x](javascript&#58;" + js + ")"));
        vectors.add(new Vector("image data svg", "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)"));
        // the form the build itself uses for a printed chart: only the build may make one
        vectors.add(new Vector("image data pdf", "![x](data:application/pdf;base64,JVBERi0xLjUK)"));
        vectors.add(new Vector("image file", "![x](file:///etc/passwd)"));
        vectors.add(new Vector("image file entity", "![x](file&#58;///etc/hostname)"));
        vectors.add(new Vector("image protocol-relative", "![x](//evil.example/pixel.png)"));
        vectors.add(new Vector("image remote", "![x](https://evil.example/pixel.png)"));
        vectors.add(new Vector("image reference", "![x][pic]\n\n[pic]: javascript:" + js));
        vectors.add(new Vector("image inside link", "[![x](javascript:" + js + ")](javascript:" + js + ")"));
        vectors.add(new Vector("raw script", "<script>" + js + "</script>"));
        vectors.add(new Vector("raw script block", "<script>\n" + js + "\n</script>"));
        vectors.add(new Vector("raw img onerror", "<img src=x onerror=\"" + js + "\">"));
        vectors.add(new Vector("raw a href", "<a href=\"javascript:" + js + "\">x</a>"));
        vectors.add(new Vector("raw svg onload", "<svg onload=\"" + js + "\"></svg>"));
        vectors.add(new Vector("raw iframe", "<iframe src=\"javascript:" + js + "\"></iframe>"));
        vectors.add(new Vector("inline raw a", "text <a href=\"javascript:" + js + "\">x</a> text"));
        vectors.add(new Vector("title breaking out", "[x](https://example.com \"a\\\" onmouseover=\\\"" + js + "\")"));
        vectors.add(new Vector("alt breaking out", "![a\" onerror=\"" + js + "](files/a.png)"));
        vectors.add(new Vector("in a table", "| a |\n|---|\n| [x](javascript&#58;" + js + ") |"));
        vectors.add(new Vector("in a list", "- [x](javascript&colon;" + js + ")"));
        vectors.add(new Vector("in a blockquote", "> [x](java&Tab;script:" + js + ")"));
        vectors.add(new Vector("in a heading", "# [x](javascript&#x3a;" + js + ")"));
        return List.copyOf(vectors);
    }

    /**
     * True when a browser would run or fetch something dangerous from this attribute value: what remains after
     * removing whitespace and control characters starts with a script, data or file scheme, or with {@code //}.
     * Written without the production policy, so that the tests do not check the policy against itself.
     */
    public static boolean dangerous(String value) {
        StringBuilder kept = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c > ' ' && c != 0x7F) {
                kept.append(c);
            }
        }
        String url = kept.toString().toLowerCase(Locale.ROOT).replace('\\', '/');
        return url.startsWith("javascript:")
                || url.startsWith("vbscript:")
                || url.startsWith("livescript:")
                || url.startsWith("data:")
                || url.startsWith("file:")
                || url.startsWith("//");
    }
}
