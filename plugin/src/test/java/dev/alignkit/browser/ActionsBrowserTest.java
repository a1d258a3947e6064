package dev.alignkit.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.site.SiteLayout;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import org.openqa.selenium.support.ui.Select;

/**
 * Actions in a real Chromium: ticks are keyed by the action's id, so they follow it when the YAML is reordered; the
 * actions ledger filters by owner, kit and status without the network. Two kits: {@code actions} (rebuilt reordered by
 * one test) and {@code relaunch}, which stays as it is.
 */
@ExtendWith(BrowserTools.NeedsBrowser.class)
class ActionsBrowserTest {
    private static final Path FIXTURES = Path.of("src/test/resources/kits/actions");
    private static final Path PROJECT = Path.of("target", "browser-actions").toAbsolutePath();
    private static BrowserOnSite browser;
    private static Chromium chromium;
    private static StaticServer server;

    @BeforeAll
    static void serve() throws IOException {
        if (BrowserTools.skipped(BrowserTools.BROWSER)) {
            return;
        }
        ExampleSite.deleteTree(PROJECT);
        Files.createDirectories(PROJECT.resolve("content"));
        Files.copy(Path.of("src/test/resources/render/actions-kit.yaml"), PROJECT.resolve("content/relaunch.yaml"));
        Files.copy(FIXTURES.resolve("actions.yaml"), PROJECT.resolve("content/actions.yaml"));
        browser = BrowserOnSite.openBuilt(PROJECT);
        chromium = browser.chromium();
        server = browser.server();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Builds the project with one fixture as its only kit, {@code content/actions.yaml}. */
    private static void build(String fixture) throws IOException {
        Files.createDirectories(PROJECT.resolve("content"));
        Files.copy(
                FIXTURES.resolve(fixture),
                PROJECT.resolve("content/actions.yaml"),
                StandardCopyOption.REPLACE_EXISTING);
        BrowserOnSite.build(PROJECT);
    }

    private static List<String> taskOrder() {
        return chromium.driver.findElements(By.cssSelector("#follow-up .task-check")).stream()
                .map(b -> b.getAttribute("data-task"))
                .toList();
    }

    private static WebElement box(String task) {
        return chromium.driver.findElement(By.cssSelector("#follow-up .task-check[data-task='" + task + "']"));
    }

    private static List<String> shownRows() {
        return chromium.driver.findElements(By.cssSelector("tr[data-action]")).stream()
                .filter(WebElement::isDisplayed)
                .map(r -> r.getAttribute("data-action"))
                .toList();
    }

    private static void choose(String filter, String value) {
        new Select(chromium.driver.findElement(By.cssSelector("select[data-action-filter='" + filter + "']")))
                .selectByValue(value);
    }

    private static String filterStatus() {
        return chromium.driver
                .findElement(By.cssSelector("#action-filters [data-filter-status]"))
                .getText();
    }

    @Test
    void theLedgerFiltersByOwnerKitAndStatus() {
        chromium.open(server.url(SiteLayout.ACTIONS));
        assertTrue(chromium.driver.findElement(By.id("action-filters")).isDisplayed(), "site.js shows the filters");
        int all = shownRows().size();
        assertTrue(all >= 10, "both kits' actions are listed: " + all);

        choose("kit", "relaunch");
        assertEquals(6, shownRows().size(), shownRows().toString());
        assertTrue(shownRows().stream().allMatch(r -> r.startsWith("relaunch/")));
        assertEquals("6 actions shown", filterStatus());

        choose("status", "dropped");
        assertEquals(List.of("relaunch/drop-the-old-survey"), shownRows());
        assertEquals("1 action shown", filterStatus());

        choose("status", "");
        choose("owner", "王芳");
        assertEquals(List.of("relaunch/soglasovat-byudzhet"), shownRows());

        choose("kit", "actions");
        assertEquals(List.of(), shownRows());
        assertTrue(
                chromium.driver
                        .findElement(By.cssSelector("[data-filter-empty]"))
                        .isDisplayed(),
                "says that nothing matches");

        chromium.driver
                .findElement(By.cssSelector("#action-filters button[type='reset']"))
                .click();
        chromium.waiting().until(d -> shownRows().size() == all);
        chromium.assertNoConsoleErrors("actions ledger");
    }

    @Test
    void anOwnerInTheAddressPreselectsTheFilter() {
        chromium.open(
                server.url(SiteLayout.ACTIONS) + "?owner=" + URLEncoder.encode("Zoë Ångström", StandardCharsets.UTF_8));
        assertEquals(List.of("relaunch/send-the-minutes-with-decisions-first"), shownRows());
    }

    @Test
    void aTickFollowsItsTaskWhenTheYamlIsReordered() throws IOException {
        String page = server.url(SiteLayout.sessionPage("actions", "review"));
        chromium.open(page);
        assertEquals(List.of("share-the-slides", "collect-feedback", "venue", "launch-the-campaign"), taskOrder());
        chromium.driver
                .findElement(By.cssSelector("label[for='task-launch-the-campaign-done']"))
                .click();
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
