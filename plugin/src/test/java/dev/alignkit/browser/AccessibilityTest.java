package dev.alignkit.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.alignkit.site.SiteLayout;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * axe-core (WCAG 2.0, 2.1 and 2.2 A and AA, plus axe's best practices) reports no violation on any page type, in
 * the light and the dark colour scheme, on a wide and a phone-sized screen, and with the search, a filter and
 * a ticked checklist showing.
 */
class AccessibilityTest extends OnExampleSite {
    private static final List<String> SCHEMES = List.of("light", "dark");

    private static List<String> pages(Predicate<String> which) {
        List<String> pages = ExampleSite.pages().stream().filter(which).toList();
        assertFalse(pages.isEmpty());
        return pages;
    }

    private static boolean isKit(String page) {
        return page.endsWith("/index.html");
    }

    private static boolean isSession(String page) {
        return page.contains("/") && !isKit(page);
    }

    /** axe really runs here: a page made inaccessible on purpose is reported. */
    @Test
    void axeReportsABrokenPage() {
        chromium.open(server.url(SiteLayout.CATALOGUE));
        chromium.js().executeScript("""
                const img = document.createElement('img');
                img.src = '../assets/favicon.svg';
                document.querySelector('main').appendChild(img);
                const p = document.createElement('p');
                p.textContent = 'faint';
                p.style.color = '#ddd';
                p.style.background = '#fff';
                document.querySelector('main').appendChild(p);
                document.querySelector('h1').outerHTML = '<h4>Skipped levels</h4>';
                """);
        String violations = String.join("\n", chromium.axeViolations());
        for (String rule : List.of("image-alt", "color-contrast", "page-has-heading-one")) {
            assertTrue(violations.contains(rule + " ("), rule + " is reported:\n" + violations);
        }
    }

    @Test
    void indexPage() {
        check(List.of(SiteLayout.INDEX, SiteLayout.CATALOGUE), null);
    }

    @Test
    void everyKitPage() {
        check(pages(AccessibilityTest::isKit), null);
    }

    @Test
    void everySessionPage() {
        check(pages(AccessibilityTest::isSession), null);
    }

    @Test
    void notFoundPage() {
        check(List.of("404.html"), null);
    }

    @Test
    void indexWithSearchResultsAndAFilter() {
        check(List.of(SiteLayout.CATALOGUE), page -> {
            new Select(chromium.driver.findElement(By.id("filter-format"))).selectByIndex(1);
            WebElement input = chromium.driver.findElement(By.id("search-input"));
            input.sendKeys("strat");
            chromium.waiting()
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".search-results a")));
            // A result with the keyboard focus, and the highlighted words.
            input.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
            assertTrue(
                    chromium.driver
                                    .findElements(By.cssSelector(".search-results mark"))
                                    .size()
                            > 0,
                    "matches are marked");
        });
    }

    @Test
    void pagesWithTickedChecklists() {
        List<String> withTasks = pages(p -> isKit(p) || isSession(p)).stream()
                .filter(p -> {
                    try {
                        return !org.jsoup.Jsoup.parse(
                                        ExampleSite.site().resolve(p).toFile(), "UTF-8")
                                .select(".task-check")
                                .isEmpty();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .limit(3)
                .toList();
        check(withTasks, page -> {
            List<WebElement> boxes = chromium.driver.findElements(By.cssSelector(".task-check"));
            boxes.get(0).click();
            assertTrue(boxes.get(0).isSelected());
            // Leaves the page's ticks as they were for the next run.
            chromium.js().executeScript("localStorage.clear()");
        });
    }

    /**
     * Runs axe on each page in both colour schemes at 1280 px, and on the first page at 390 px too; collects every
     * violation before failing, so one run shows them all.
     */
    private void check(List<String> pages, Consumer<String> prepare) {
        Map<String, List<String>> violations = new LinkedHashMap<>();
        int runs = 0;
        for (String scheme : SCHEMES) {
            chromium.colorScheme(scheme);
            for (int i = 0; i < pages.size(); i++) {
                List<Integer> widths = i == 0 ? List.of(Chromium.WIDE, Chromium.NARROW) : List.of(Chromium.WIDE);
                for (int width : widths) {
                    chromium.viewport(width, 900);
                    String page = pages.get(i);
                    chromium.open(server.url(page));
                    assertEquals(scheme.equals("dark"), chromium.dark(), "colour scheme emulated");
                    if (prepare != null) {
                        prepare.accept(page);
                    }
                    List<String> found = chromium.axeViolations();
                    runs++;
                    if (!found.isEmpty()) {
                        violations.put(page + " (" + scheme + ", " + width + " px)", found);
                    }
                }
            }
        }
        chromium.colorScheme("light");
        chromium.viewport(Chromium.WIDE, 900);
        assertTrue(runs > 0);
        if (!violations.isEmpty()) {
            List<String> report = new ArrayList<>();
            violations.forEach((where, list) -> {
                report.add(where + ":");
                list.forEach(v -> report.add("  - " + v));
            });
            fail("axe-core found violations:\n" + String.join("\n", report));
        }
    }
}
