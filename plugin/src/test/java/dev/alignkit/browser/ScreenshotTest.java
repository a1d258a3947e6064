package dev.alignkit.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.site.SiteLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Full-page screenshots of every page type at 1280 and 390 px, light and dark, in {@code target/screenshots/}, for
 * a human to look at (the tests only check that they were written).
 */
class ScreenshotTest extends OnExampleSite {
    static final Path FOLDER = Path.of("target", "screenshots");

    @Test
    void everyPageTypeAtBothWidthsInBothColourSchemes() throws IOException {
        List<String> pages = ExampleSite.pages();
        // The richest kit and session pages: the ones with the most markup.
        String kit = largest(pages.stream()
                .filter(p -> p.endsWith("/index.html") && !p.equals(SiteLayout.CATALOGUE))
                .toList());
        String session = largest(pages.stream()
                .filter(p -> p.contains("/") && !p.endsWith("/index.html"))
                .toList());
        Map<String, String> shots = new LinkedHashMap<>();
        shots.put("home", SiteLayout.INDEX);
        shots.put("index", SiteLayout.CATALOGUE);
        shots.put("kit", kit);
        shots.put("session", session);
        shots.put("404", "404.html");
        for (String scheme : List.of("light", "dark")) {
            chromium.colorScheme(scheme);
            for (Map.Entry<String, String> shot : shots.entrySet()) {
                chromium.open(server.url(shot.getValue()));
                for (int width : List.of(Chromium.WIDE, Chromium.NARROW)) {
                    Path file = FOLDER.resolve(shot.getKey() + "-" + width + "-" + scheme + ".png");
                    chromium.screenshot(width, file);
                    assertTrue(Files.size(file) > 1000, file + " is an image");
                }
            }
            // The search with results showing.
            chromium.open(server.url(SiteLayout.CATALOGUE));
            for (int width : List.of(Chromium.WIDE, Chromium.NARROW)) {
                chromium.viewport(width, 900);
                chromium.driver.findElement(By.id("search-input")).clear();
                chromium.driver.findElement(By.id("search-input")).sendKeys("strat");
                chromium.waiting()
                        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".search-results a")));
                chromium.screenshot(width, FOLDER.resolve("search-" + width + "-" + scheme + ".png"));
            }
        }
        chromium.colorScheme("light");
        System.out.println("[alignkit] Screenshots in " + FOLDER.toAbsolutePath());
    }

    private static String largest(List<String> pages) throws IOException {
        String best = pages.get(0);
        for (String page : pages) {
            if (Files.size(ExampleSite.site().resolve(page))
                    > Files.size(ExampleSite.site().resolve(best))) {
                best = page;
            }
        }
        return best;
    }
}
