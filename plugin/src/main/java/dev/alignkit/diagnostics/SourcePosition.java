package dev.alignkit.diagnostics;

/**
 * Where something stands: a file's path relative to the project with a 1-based line and column, or a setting of the
 * build (line 0), such as {@code align.outputDirectory}, which has no place in a file of the project.
 */
public record SourcePosition(String file, int line, int column) {

    public static SourcePosition ofFile(String file) {
        return new SourcePosition(file, 1, 1);
    }

    /** A parameter of the build, by the property that sets it: {@code align.outputDirectory}. */
    public static SourcePosition ofSetting(String property) {
        return new SourcePosition(property, 0, 0);
    }

    public boolean isSetting() {
        return line == 0;
    }

    /**
     * The same place, said from the root of a multi-module build: a file's path is prefixed with the module's folder
     * ({@code modules/hr/content/kit.yaml:3:5}), a setting with the module ({@code modules/hr: align.outputDirectory}).
     * An empty module is the root itself.
     */
    public SourcePosition inModule(String module) {
        if (module.isEmpty()) {
            return this;
        }
        return isSetting()
                ? new SourcePosition(module + ": " + file, 0, 0)
                : new SourcePosition(module + "/" + file, line, column);
    }

    @Override
    public String toString() {
        return isSetting() ? Echo.escaped(file) : Echo.escaped(file) + ":" + line + ":" + column;
    }
}
