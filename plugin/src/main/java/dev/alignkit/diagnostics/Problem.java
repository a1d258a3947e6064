package dev.alignkit.diagnostics;

/**
 * One thing wrong with the user's input, with where it is and how to fix it. Problems are values:
 * they are collected and reported together, never thrown.
 *
 * <p>{@code during} names what was being made when the problem showed (a page, a document), or is empty: the same
 * template mistake shows on every page rendered with it, and {@link ProblemLog} reports it once with a count.
 */
public record Problem(SourcePosition position, Severity severity, String message, String during) {

    /** A message is one line whatever it quotes: see {@link Echo}. */
    public Problem {
        message = Echo.escaped(message);
        during = Echo.escaped(during);
    }

    public Problem(SourcePosition position, Severity severity, String message) {
        this(position, severity, message, "");
    }

    public static Problem error(SourcePosition position, String message) {
        return new Problem(position, Severity.ERROR, message);
    }

    public static Problem warning(SourcePosition position, String message) {
        return new Problem(position, Severity.WARNING, message);
    }

    /** The same problem, seen while making {@code what} (e.g. {@code while rendering kit 'retro', page retro/s1.html}). */
    public Problem during(String what) {
        return new Problem(position, severity, message, what);
    }

    /** The same problem in a module of a multi-module build: see {@link SourcePosition#inModule}. */
    public Problem inModule(String module) {
        return new Problem(position.inModule(module), severity, message, during);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The {@code path:line:column: error: message} form that editors and CI annotators parse. */
    public String format() {
        return position + ": " + severity.label() + ": " + message + (during.isEmpty() ? "" : " (" + during + ")");
    }
}
