package dev.alignkit.diagnostics;

/**
 * One thing wrong with the user's input, with where it is and how to fix it. Problems are values:
 * they are collected and reported together, never thrown.
 */
public record Problem(SourcePosition position, Severity severity, String message) {

    /** A message is one line whatever it quotes: see {@link Echo}. */
    public Problem {
        message = Echo.escaped(message);
    }

    public static Problem error(SourcePosition position, String message) {
        return new Problem(position, Severity.ERROR, message);
    }

    public static Problem warning(SourcePosition position, String message) {
        return new Problem(position, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The {@code path:line:column: error: message} form that editors and CI annotators parse. */
    public String format() {
        return position + ": " + severity.label() + ": " + message;
    }
}
