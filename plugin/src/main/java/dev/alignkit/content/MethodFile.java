package dev.alignkit.content;

/**
 * A method file that the build's theme supplies ({@code methods/<id>.yaml}); {@code display} names it in messages,
 * like {@code [built-in theme]/methods/dot-voting.yaml}.
 */
public record MethodFile(String id, String display, byte[] bytes) {}
