package dev.alignkit.browser;

import java.io.IOException;

/** A Chromium and the example site served over HTTP: what every browser test class starts with. */
record BrowserOnSite(Chromium chromium, StaticServer server) implements AutoCloseable {

    static BrowserOnSite open() throws IOException {
        return new BrowserOnSite(Chromium.start(), new StaticServer(ExampleSite.site()));
    }

    @Override
    public void close() {
        chromium.close();
        server.close();
    }
}
