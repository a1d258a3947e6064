package dev.alignkit.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.site.SiteLayout;
import dev.alignkit.support.HostileKit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/**
 * The kit of filter-evasion vectors, built and opened in a real Chromium: the browser's own reading of every link and
 * image is a safe scheme, and clicking every link runs no script (no alert, {@code window.pwned} never set).
 */
@ExtendWith(BrowserTools.NeedsBrowser.class)
class HostileLinksBrowserTest {
    private static final Set<String> SAFE_PROTOCOLS = Set.of("http:", "https:", "mailto:", "tel:");
    private static final List<String> PAGES = List.of(
            SiteLayout.kitPage(HostileKit.ID),
            SiteLayout.sessionPage(HostileKit.ID, "vectors"),
            SiteLayout.participantPage(HostileKit.ID),
            SiteLayout.CATALOGUE);
    private static BrowserOnSite browser;
    private static Chromium chromium;
    private static StaticServer server;

    @BeforeAll
    static void buildAndServe() throws IOException {
        if (BrowserTools.skipped(BrowserTools.BROWSER)) {
            return;
        }
        Path project = Path.of("target", "browser-hostile").toAbsolutePath();
        ExampleSite.deleteTree(project);
        HostileKit.write(project, List.of("[safe](https://example.com/safe)"));
        browser = BrowserOnSite.openBuilt(project);
        chromium = browser.chromium();
        server = browser.server();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    private void load(String page) {
        chromium.driver.get(server.url(page));
        chromium.waiting().until(d -> "complete".equals(chromium.js().executeScript("return document.readyState")));
    }

    @Test
    void everyLinkAndImageAsTheBrowserReadsItHasASafeScheme() {
        int links = 0;
        for (String page : PAGES) {
            load(page);
            @SuppressWarnings("unchecked")
            List<String> protocols = (List<String>) chromium.js()
                    .executeScript("return [...document.querySelectorAll('a[href], area[href]')].map(a => a.protocol)"
                            + ".concat([...document.querySelectorAll('img[src], iframe[src], embed[src], object[data]')]"
                            + ".map(e => new URL(e.src || e.data, location.href).protocol))");
            for (String protocol : protocols) {
                assertTrue(SAFE_PROTOCOLS.contains(protocol), () -> page + " has a " + protocol + " URL");
            }
            links += protocols.size();
        }
        assertTrue(links > 10, "only " + links + " links found");
    }

    @Test
    void clickingEveryLinkRunsNoScript() {
        int clicked = 0;
        for (String page : PAGES) {
            load(page);
            long count = (Long) chromium.js().executeScript("return document.querySelectorAll('a[href]').length");
            for (int i = 0; i < count; i++) {
                load(page);
                WebElement link = chromium.driver
                        .findElements(org.openqa.selenium.By.cssSelector("a[href]"))
                        .get(i);
                chromium.js().executeScript("window.pwned = 0; arguments[0].click();", link);
                assertNoAlert(page + " link " + i);
                Object pwned = chromium.js().executeScript("return window.pwned || 0");
                assertEquals(0L, ((Number) pwned).longValue(), page + " link " + i + " ran script");
                clicked++;
            }
        }
        assertTrue(clicked > 10, "only " + clicked + " links clicked");
    }

    @Test
    void theHostileTextIsShownAsText() {
        load(SiteLayout.sessionPage(HostileKit.ID, "vectors"));
        String text = (String) chromium.js().executeScript("return document.body.innerText");
        assertTrue(text.contains("<script>"), "the raw <script> of a vector is shown as text");
        assertFalse((Boolean)
                chromium.js().executeScript("return [...document.scripts].some(s => s.text.includes('pwned'))"));
        assertNoAlert("vectors.html");
    }

    private static void assertNoAlert(String where) {
        try {
            String text = chromium.driver.switchTo().alert().getText();
            chromium.driver.switchTo().alert().dismiss();
            throw new AssertionError(where + " opened an alert: " + text);
        } catch (NoAlertPresentException expected) {
            // No script ran.
        }
    }
}
