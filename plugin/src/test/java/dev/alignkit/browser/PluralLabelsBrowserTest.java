package dev.alignkit.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.site.SiteLayout;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A project whose labels use plurals ({@code {0,choice,...}}) for the counts that only the browser knows: the
 * search results and the filter status. site.js shows the case MessageFormat would choose, not the raw pattern.
 */
@ExtendWith(BrowserTools.NeedsBrowser.class)
class PluralLabelsBrowserTest {
    private static final String LABELS = """
            searchResults={0,choice,0#No results|1#One result|1<{0} results}
            filterStatus={0,choice,0#No kit of {1}|1#One kit of {1}|1<{0} kits of {1}}
            """;
    private static BrowserOnSite browser;
    private static Chromium chromium;
    private static StaticServer server;

    @BeforeAll
    static void buildAndServe() throws IOException {
        if (BrowserTools.skipped(BrowserTools.BROWSER)) {
            return;
        }
        Path project = Path.of("target", "browser-plurals").toAbsolutePath();
        ExampleSite.deleteTree(project);
        Path content = Files.createDirectories(project.resolve("content"));
        Files.writeString(content.resolve("alpha.yaml"), """
                title: Alpha rollout
                tags: [onboarding, pricing]
                sessions:
                  - title: Kickoff
                    prompt: Which quokka habits help us?
                """);
        Files.writeString(content.resolve("beta.yaml"), """
                title: Beta rollout
                tags: [pricing]
                sessions:
                  - title: Retrospective
                    prompt: What did the wombat teach us?
                  - title: Planning
                    prompt: Where does the wombat go next?
                """);
        Files.writeString(
                Files.createDirectories(project.resolve("templates/i18n")).resolve("messages.properties"), LABELS);
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

    private String searchCount(String query) {
        chromium.open(server.url(SiteLayout.CATALOGUE) + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        chromium.waiting()
                .until(d -> !d.findElement(By.id("search-count")).getText().isEmpty());
        return chromium.driver.findElement(By.id("search-count")).getText();
    }

    private int shownResults() {
        return chromium.driver
                .findElements(By.cssSelector(".search-results li"))
                .size();
    }

    @Test
    void oneSearchResultTakesTheSingularCase() {
        assertEquals("One result", searchCount("quokka"));
        assertEquals(1, shownResults());
        chromium.assertNoConsoleErrors("search for one result");
    }

    @Test
    void twoSearchResultsTakeThePluralCaseWithTheCount() {
        assertEquals("2 results", searchCount("wombat"));
        assertEquals(2, shownResults());
    }

    @Test
    void filterStatusTakesTheCaseOfTheShownKits() {
        chromium.open(server.url(SiteLayout.CATALOGUE));
        Select tag = new Select(chromium.driver.findElement(By.id("filter-tag")));

        tag.selectByValue("onboarding");
        assertEquals(
                "One kit of 2",
                chromium.driver
                        .findElement(By.cssSelector("[data-filter-status]"))
                        .getText());

        tag.selectByValue("pricing");
        assertEquals(
                "2 kits of 2",
                chromium.driver
                        .findElement(By.cssSelector("[data-filter-status]"))
                        .getText());
    }
}
