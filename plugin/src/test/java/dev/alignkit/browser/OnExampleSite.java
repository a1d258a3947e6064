package dev.alignkit.browser;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** Browser test classes start from here: a Chromium and the example site served over HTTP, for the whole class. */
@ExtendWith(BrowserTools.NeedsBrowser.class)
abstract class OnExampleSite {
    static Chromium chromium;
    static StaticServer server;
    private static BrowserOnSite browser;

    @BeforeAll
    static void openBrowserOnSite() throws IOException {
        if (!BrowserTools.skipped(BrowserTools.BROWSER)) {
            browser = BrowserOnSite.open();
            chromium = browser.chromium();
            server = browser.server();
        }
    }

    @AfterAll
    static void closeBrowserOnSite() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
