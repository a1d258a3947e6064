package dev.alignkit.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.engine.BuildConfig;
import dev.alignkit.serve.PreviewSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/** align:serve in a real browser: an open page reloads after an edit, and shows an overlay for a broken one. */
@ExtendWith(BrowserTools.NeedsBrowser.class)
class LiveReloadBrowserTest {
    private static final String PAGE = "facilitators/alignment-day/index.html";

    @TempDir
    Path project;

    private PreviewSession session;
    private Chromium chromium;
    private Path kit;
    private String original;

    @BeforeEach
    void serve() throws IOException {
        dev.alignkit.support.ExampleProject.copyTo(project);
        kit = project.resolve("content/alignment-day.yaml");
        original = Files.readString(kit);
        session = new PreviewSession(BuildConfig.forProject(project).withPdf(false), "127.0.0.1", 0, line -> {});
        assertTrue(session.start().succeeded());
        chromium = Chromium.start();
    }

    @AfterEach
    void stop() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        if (session != null) {
            session.close();
        }
    }

    /** The page reloads under the test's feet: an element found just before a reload is stale, so look again. */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(chromium.driver(), Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private String heading() {
        return chromium.driver().findElement(By.tagName("h1")).getText();
    }

    @Test
    void openPageReloadsAfterAnEditAndShowsAnOverlayForABrokenOne() throws IOException {
        chromium.open(session.address() + PAGE);
        chromium.js().executeScript("window.alignkitMarker = 'still the same page';");
        waiting()
                .until(d -> "connected"
                        .equals(chromium.js()
                                .executeScript("return document.documentElement.getAttribute('data-alignkit-live')")));

        Files.writeString(kit, original.replaceFirst("(?m)^title: .*$", "title: Alignment Day, Edited Live"));
        waiting().until(d -> heading().equals("Alignment Day, Edited Live"));
        assertEquals(
                null,
                chromium.js().executeScript("return window.alignkitMarker || null"),
                "the page was reloaded, not patched");

        Files.writeString(
                kit, original.replaceFirst("(?m)^title: .*$", "title: Alignment Day, Edited Live\ngroud_rules: typo"));
        String overlay = waiting().until(d -> {
            var found = d.findElements(By.id("alignkit-error-overlay"));
            return found.isEmpty() ? null : found.get(0).getText();
        });
        assertTrue(overlay.contains("content/alignment-day.yaml:"), overlay);
        assertTrue(overlay.contains("unknown key 'groud_rules' in the kit (did you mean 'ground_rules'?)"), overlay);
        assertEquals("Alignment Day, Edited Live", heading(), "the last good page stays underneath");
        chromium.screenshot(Chromium.WIDE, Path.of("target/screenshots/serve-error-overlay.png"));

        Files.writeString(kit, original);
        waiting()
                .until(d -> d.findElements(By.id("alignkit-error-overlay")).isEmpty()
                        && heading().equals(titleOf(original)));
    }

    private static String titleOf(String yaml) {
        return yaml.lines()
                .filter(l -> l.startsWith("title: "))
                .findFirst()
                .orElseThrow()
                .substring(7)
                .replace("\"", "");
    }
}
