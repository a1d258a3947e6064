package dev.alignkit.build;

import dev.alignkit.content.Problem;
import java.time.Duration;
import java.util.List;

/** What a build did: counts for the summary line, and every problem found. */
public record BuildReport(boolean succeeded, List<Problem> problems, int kits, int pages, int pdfs, int files, Duration took,
        StageTimes stages) {

    public static BuildReport failed(List<Problem> problems, Duration took) {
        return new BuildReport(false, List.copyOf(problems), 0, 0, 0, 0, took, new StageTimes());
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }

    public String summary() {
        return String.format(java.util.Locale.ROOT, "%d kits, %d pages, %d PDFs, %d files written in %d ms", kits, pages, pdfs, files,
                took.toMillis());
    }
}
