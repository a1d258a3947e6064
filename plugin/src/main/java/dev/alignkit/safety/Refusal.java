package dev.alignkit.safety;

/**
 * A URL that content wrote and the build does not publish, with the reason and how to fix it. {@code breaksSite} marks a
 * link that would lead nowhere on the published site (an error), as opposed to one that was only left out (a warning).
 */
public record Refusal(String url, boolean breaksSite, String reason) {}
