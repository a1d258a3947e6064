package dev.alignkit.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The problems of one build, from any thread. A problem repeated on many pages (a broken template is broken on every
 * page rendered with it) is kept once, with the first page in order and how many pages showed it; each file keeps at
 * most {@link Problems#MAX_PER_FILE} distinct problems, so a broken theme cannot flood the report.
 */
public final class ProblemLog implements Consumer<Problem> {
    private record Key(SourcePosition position, Severity severity, String message) {}

    private static final class Seen {
        private Problem first;
        private int times;
    }

    private final Map<Key, Seen> seen = new LinkedHashMap<>();

    public ProblemLog(List<Problem> earlier) {
        earlier.forEach(this::accept);
    }

    @Override
    public synchronized void accept(Problem problem) {
        Seen entry = seen.computeIfAbsent(
                new Key(problem.position(), problem.severity(), problem.message()), k -> new Seen());
        entry.times++;
        if (entry.first == null || problem.during().compareTo(entry.first.during()) < 0) {
            entry.first = problem;
        }
    }

    public synchronized boolean hasErrors() {
        return seen.keySet().stream().anyMatch(k -> k.severity() == Severity.ERROR);
    }

    /** Every problem once, ordered by file, line and column; repeats counted, each file capped. */
    public synchronized List<Problem> toList() {
        List<Problem> all = new ArrayList<>();
        Map<String, Integer> perFile = new LinkedHashMap<>();
        Map<String, Integer> dropped = new LinkedHashMap<>();
        List<Seen> entries = new ArrayList<>(seen.values());
        entries.sort(Comparator.comparing((Seen s) -> s.first.position().file())
                .thenComparingInt(s -> s.first.position().line())
                .thenComparingInt(s -> s.first.position().column()));
        for (Seen entry : entries) {
            String file = entry.first.position().file();
            if (perFile.merge(file, 1, Integer::sum) > Problems.MAX_PER_FILE) {
                dropped.merge(file, 1, Integer::sum);
                continue;
            }
            all.add(entry.times == 1 ? entry.first : entry.first.during(repeated(entry.first.during(), entry.times)));
        }
        dropped.forEach((file, count) -> all.add(Problem.error(
                SourcePosition.ofFile(file), count + " more problems not shown; fix the ones above and run again")));
        return List.copyOf(all);
    }

    private static String repeated(String during, int times) {
        String count = "on " + String.format(Locale.ROOT, "%,d", times) + " pages";
        return during.isEmpty() ? count : during + ", " + count;
    }
}
