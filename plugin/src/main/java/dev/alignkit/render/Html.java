package dev.alignkit.render;

import java.util.regex.Pattern;

/** Markup that is already safe (rendered Markdown): templates output it without escaping. */
public record Html(String markup) {
    private static final Pattern BLOCK_TAG =
            Pattern.compile("</?(?:p|li|t[dhr]|br|h[1-6]|[uo]l|table|thead|tbody|blockquote|pre|hr|div)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /**
     * The words without markup, for search and descriptions. Content arrives escaped, so every tag is ours:
     * removing them (a block's edge becomes a space) and decoding the escapes gives the text back.
     */
    public String text() {
        String words = TAG.matcher(BLOCK_TAG.matcher(markup).replaceAll(" ")).replaceAll("");
        return WHITESPACE
                .matcher(words)
                .replaceAll(" ")
                .strip()
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
