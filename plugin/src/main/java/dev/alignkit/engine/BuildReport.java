package dev.alignkit.engine;

import dev.alignkit.artifact.StageTimes;
import dev.alignkit.diagnostics.Problem;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** What a build did: counts for the summary line, and every problem found. */
public record BuildReport(
        boolean succeeded,
        List<Problem> problems,
        int kits,
        int renderedKits,
        int pages,
        int pdfs,
        int files,
        Duration took,
        StageTimes stages) {

    public static BuildReport failed(List<Problem> problems, Duration took) {
        return new BuildReport(false, List.copyOf(problems), 0, 0, 0, 0, 0, took, new StageTimes());
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }

    public String summary() {
        if (renderedKits == 0 && files == 0) {
            return String.format(
                    Locale.ROOT, "%d kits, nothing changed, site is up to date (%d ms)", kits, took.toMillis());
        }
        String rendered = renderedKits == kits ? "" : " (" + renderedKits + " changed)";
        return String.format(
                Locale.ROOT,
                "%d kits%s, %d pages, %d PDFs, %d files written in %d ms",
                kits,
                rendered,
                pages,
                pdfs,
                files,
                took.toMillis());
    }
}
