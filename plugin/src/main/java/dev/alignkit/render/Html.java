package dev.alignkit.render;

/** Markup that is already safe (rendered Markdown): templates output it without escaping. */
public record Html(String markup) {}
