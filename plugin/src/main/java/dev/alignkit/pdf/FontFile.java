package dev.alignkit.pdf;

/** A TrueType font shipped with the theme, by name and bytes; the family comes from the font itself. */
public record FontFile(String name, byte[] bytes) {}
