package dev.alignkit.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one file, capped so that a badly broken file cannot flood the report. */
public final class Problems {
    public static final int MAX_PER_FILE = 100;

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private int dropped;

    public Problems(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public void error(SourcePosition at, String message) {
        add(Problem.error(at, message));
    }

    public void warning(SourcePosition at, String message) {
        add(Problem.warning(at, message));
    }

    public void add(Problem problem) {
        if (problems.size() < MAX_PER_FILE) {
            problems.add(problem);
        } else {
            dropped++;
        }
    }

    /** Whether an error has been reported at this position already: a value refused there is not also "missing". */
    public boolean hasErrorAt(SourcePosition position) {
        return problems.stream().anyMatch(p -> p.isError() && p.position().equals(position));
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** The problems in file order, plus one line saying how many were left out. */
    public List<Problem> toList() {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt((Problem p) -> p.position().line())
                .thenComparingInt(p -> p.position().column()));
        if (dropped > 0) {
            sorted.add(Problem.error(
                    SourcePosition.ofFile(file),
                    dropped + " more problems not shown; fix the ones above and run again"));
        }
        return List.copyOf(sorted);
    }
}
