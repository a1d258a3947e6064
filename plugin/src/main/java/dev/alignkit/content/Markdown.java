package dev.alignkit.content;

/** Markdown source text with placeholders already filled in. Rendering is the render stage's job. */
public record Markdown(String source) {}
