package dev.alignkit.content;

/** A due date relative to a session or to the kit's start, as written: {@code +2d}, {@code -1w}. */
public record RelativeDue(int days, String written) {}
