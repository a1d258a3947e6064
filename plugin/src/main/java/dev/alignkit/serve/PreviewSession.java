package dev.alignkit.serve;

import dev.alignkit.diagnostics.Problem;
import dev.alignkit.engine.BuildConfig;
import dev.alignkit.engine.BuildReport;
import dev.alignkit.engine.SiteBuilder;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@code align:serve} without Maven: build, serve, and rebuild on every change to content or templates. A broken
 * change is reported to the console and the open pages; the site keeps serving the last good build. The preview is
 * built into a folder of its own under the work directory ({@link SiteBuilder#previewFolder}): what the preview
 * renders, a failing kit's pages included, never reaches the published site, which only {@code align:site} writes.
 */
public final class PreviewSession implements AutoCloseable {
    private final Supplier<BuildReport> builder;
    private final PreviewServer server;
    private final SourceWatcher watcher;
    private final Consumer<String> console;

    public PreviewSession(BuildConfig config, String host, int port, Consumer<String> console) throws IOException {
        this(config, host, port, console, SiteBuilder.forPreview(config)::build);
    }

    /** With the build given, so that tests can make it fail as no content can. */
    PreviewSession(BuildConfig config, String host, int port, Consumer<String> console, Supplier<BuildReport> builder)
            throws IOException {
        this.builder = builder;
        this.console = console;
        this.server = new PreviewServer(SiteBuilder.previewFolder(config), host, port);
        this.watcher =
                new SourceWatcher(List.of(config.contentDirectory(), config.templatesDirectory()), this::rebuild);
    }

    /** Builds once, then starts serving and watching. The first build's report tells whether it succeeded. */
    public BuildReport start() {
        BuildReport first = builder.get();
        report(first);
        server.start();
        watcher.start();
        return first;
    }

    public String address() {
        return server.address();
    }

    /** Never throws: a build that crashes is reported like a broken one, and the watcher goes on watching. */
    synchronized void rebuild() {
        BuildReport report;
        try {
            report = builder.get();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A bug, not the user's mistake, yet the preview must live on; the failed build's memory is free again.
            String crash = "the build stopped with " + e + at(e)
                    + "; this is a bug in Alignkit, please report it with the" + " change that caused it";
            console.accept("Alignkit: the change does not build; still serving the last good site:\n" + crash);
            server.buildFailed(crash);
            return;
        }
        report(report);
    }

    private static String at(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length == 0 ? "" : " at " + trace[0];
    }

    private void report(BuildReport report) {
        if (report.succeeded()) {
            console.accept("Alignkit: " + report.summary());
            server.buildSucceeded();
        } else {
            String problems = report.problems().stream()
                    .filter(Problem::isError)
                    .map(Problem::format)
                    .collect(Collectors.joining("\n"));
            console.accept("Alignkit: the change does not build; still serving the last good site:\n" + problems);
            server.buildFailed(problems);
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        server.close();
    }
}
