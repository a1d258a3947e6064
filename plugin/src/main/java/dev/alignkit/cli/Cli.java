package dev.alignkit.cli;

import dev.alignkit.content.PosterSize;
import dev.alignkit.engine.BuildConfig;
import dev.alignkit.engine.BuildProgress;
import dev.alignkit.engine.BuildReport;
import dev.alignkit.engine.PageSize;
import dev.alignkit.engine.SiteBuilder;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Runs a build without Maven: {@code java -cp ... dev.alignkit.cli.Cli PROJECT [--no-pdf] [--output DIR]
 * [--timestamp ISO] [--page-size a4|letter] [--poster-size A3] [--site-url URL] [--project-version V] [--as-of YYYY-MM-DD]}. Used by the benchmark and by tests that need a separate process.
 */
public final class Cli {
    private Cli() {}

    /** Samples the heap in use while the build runs; pool peaks cannot be added up, they happen at different times. */
    private static final class HeapWatch extends Thread {
        private volatile long peak;

        HeapWatch() {
            super("alignkit-heap-watch");
            setDaemon(true);
        }

        @Override
        public void run() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            while (!isInterrupted()) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long peakMiB() {
            return peak / (1024 * 1024);
        }
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println(
                    "usage: Cli PROJECT [--no-pdf] [--output DIR] [--timestamp 2026-01-01T00:00:00Z] [--page-size a4|letter] [--poster-size A3] [--site-url URL] [--project-version V] [--as-of YYYY-MM-DD]");
            System.exit(2);
        }
        Path project = Path.of(args[0]).toAbsolutePath();
        BuildConfig config = BuildConfig.forProject(project);
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--no-pdf" -> config = config.withPdf(false);
                case "--output" ->
                    config = config.withOutputDirectory(Path.of(args[++i]).toAbsolutePath());
                case "--timestamp" -> config = config.withTimestamp(Optional.of(Instant.parse(args[++i])));
                case "--page-size" ->
                    config = config.withPageSize(PageSize.parse(args[++i]).orElseThrow());
                case "--poster-size" ->
                    config = config.withPosterSize(
                            Optional.of(PosterSize.parse(args[++i]).orElseThrow()));
                case "--site-url" -> config = config.withSiteUrl(Optional.of(args[++i]));
                case "--project-version" -> config = config.withProjectVersion(Optional.of(args[++i]));
                case "--as-of" -> config = config.withAsOf(Optional.of(LocalDate.parse(args[++i])));
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        HeapWatch heap = new HeapWatch();
        heap.start();
        BuildReport report = new SiteBuilder(config).build(new BuildProgress(System.err::println, System::nanoTime));
        report.problems().forEach(p -> System.err.println(p.format()));
        System.out.println(
                report.succeeded() ? report.summary() : "build failed with " + report.errorCount() + " errors");
        System.out.println(report.stages());
        System.out.println("peak heap MiB: " + heap.peakMiB());
        System.exit(report.succeeded() ? 0 : 1);
    }
}
