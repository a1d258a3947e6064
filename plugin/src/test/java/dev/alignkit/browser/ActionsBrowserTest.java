package dev.alignkit.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.engine.BuildConfig;
import dev.alignkit.engine.BuildReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import dev.alignkit.engine.SiteBuilder;

/** Actions in a real Chromium: ticks are keyed by the action's id, so they follow it when the YAML is reordered. */
@ExtendWith(BrowserTools.NeedsBrowser.class)
class ActionsBrowserTest {
    private static final Path FIXTURES = Path.of("src/test/resources/kits/actions");
    private static final Path PROJECT = Path.of("target", "browser-actions").toAbsolutePath();
    private static Chromium chromium;
    private static StaticServer server;

    @BeforeAll
    static void serve() throws IOException {
        if (BrowserTools.skipped(BrowserTools.BROWSER)) {
            return;
        }
        ExampleSite.deleteTree(PROJECT);
        build("actions.yaml");
        chromium = Chromium.start();
        server = new StaticServer(PROJECT.resolve("site"));
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Builds the project with one fixture as its only kit, {@code content/actions.yaml}. */
    private static void build(String fixture) throws IOException {
        Files.createDirectories(PROJECT.resolve("content"));
        Files.copy(FIXTURES.resolve(fixture), PROJECT.resolve("content/actions.yaml"), StandardCopyOption.REPLACE_EXISTING);
        BuildReport report = new SiteBuilder(BuildConfig.forProject(PROJECT).withPdf(false)).build();
        assertTrue(report.succeeded(), () -> report.problems().toString());
    }

    private static List<String> taskOrder() {
        return chromium.driver.findElements(By.cssSelector("#follow-up .task-check")).stream().map(b -> b.getAttribute("data-task")).toList();
    }

    private static WebElement box(String task) {
        return chromium.driver.findElement(By.cssSelector("#follow-up .task-check[data-task='" + task + "']"));
    }

    @Test
    void aTickFollowsItsTaskWhenTheYamlIsReordered() throws IOException {
        String page = server.url("actions/review.html");
        chromium.open(page);
        assertEquals(List.of("share-the-slides", "collect-feedback", "venue", "launch-the-campaign"), taskOrder());
        chromium.driver.findElement(By.cssSelector("label[for='task-launch-the-campaign-done']")).click();
        assertTrue(box("launch-the-campaign").isSelected());

        build("actions-reordered.yaml");
        chromium.open(page);
        assertEquals("launch-the-campaign", taskOrder().get(0), "the ticked task is now first");
        assertTrue(box("launch-the-campaign").isSelected(), "its tick moved with it");
        assertFalse(box("share-the-slides").isSelected(), "and did not stay at the old position's task");
        assertFalse(box("venue").isSelected());
        chromium.assertNoConsoleErrors("reordered actions");
    }
}
