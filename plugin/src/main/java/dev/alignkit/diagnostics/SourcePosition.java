package dev.alignkit.diagnostics;

/** Where something stands in a content file: path relative to the project, 1-based line and column. */
public record SourcePosition(String file, int line, int column) {

    public static SourcePosition ofFile(String file) {
        return new SourcePosition(file, 1, 1);
    }

    @Override
    public String toString() {
        return Echo.escaped(file) + ":" + line + ":" + column;
    }
}
