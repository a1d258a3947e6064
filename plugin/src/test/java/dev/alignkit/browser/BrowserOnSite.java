package dev.alignkit.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.engine.BuildConfig;
import dev.alignkit.engine.BuildReport;
import dev.alignkit.engine.SiteBuilder;
import java.io.IOException;
import java.nio.file.Path;

/** A Chromium and a site served over HTTP: what every browser test class starts with. */
record BrowserOnSite(Chromium chromium, StaticServer server) implements AutoCloseable {

    /** The example site. */
    static BrowserOnSite open() throws IOException {
        return new BrowserOnSite(Chromium.start(), new StaticServer(ExampleSite.site()));
    }

    /** A project of the test's own, built as it is now (without PDFs), and its site served. */
    static BrowserOnSite openBuilt(Path project) throws IOException {
        build(project);
        return new BrowserOnSite(Chromium.start(), new StaticServer(project.resolve("site")));
    }

    /** Builds a project without PDFs; a build that fails fails the test with its problems. */
    static void build(Path project) {
        BuildReport report = new SiteBuilder(BuildConfig.forProject(project).withPdf(false)).build();
        assertTrue(report.succeeded(), () -> report.problems().toString());
    }

    @Override
    public void close() {
        chromium.close();
        server.close();
    }
}
