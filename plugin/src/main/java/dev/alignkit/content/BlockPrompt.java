package dev.alignkit.content;

import java.util.Optional;

/**
 * A question an agenda block works on: one of the session's prompts ({@code number} is its place in the session's
 * {@code prompts}, from 1), or one written in the block itself ({@code number} empty). Participant material.
 */
public record BlockPrompt(Optional<Integer> number, Markdown text) {}
