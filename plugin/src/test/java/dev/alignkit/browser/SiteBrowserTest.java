package dev.alignkit.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.browser.ExampleSite.Entry;
import dev.alignkit.site.SiteLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The site's behaviour in a real Chromium: search, filters, live checklists, the calendar link, no-JS pages. */
class SiteBrowserTest extends OnExampleSite {
    private static Path site;

    @BeforeAll
    static void findSite() throws IOException {
        site = ExampleSite.site();
    }

    @AfterEach
    void resetBrowser() {
        chromium.javaScript(true);
        chromium.printMedia(false);
        chromium.driver.get("about:blank");
    }

    private String fileUrl(String sitePath) {
        return site.resolve(sitePath).toUri().toString();
    }

    @Test
    void indexLoadsWithoutConsoleErrorsOverHttpAndFromFiles() {
        for (String url : List.of(server.url(SiteLayout.CATALOGUE), fileUrl(SiteLayout.CATALOGUE))) {
            chromium.consoleErrors();
            chromium.open(url);
            assertTrue(
                    chromium.driver.findElement(By.cssSelector("[data-search]")).isDisplayed(),
                    "search shown on " + url);
            assertTrue(chromium.driver.findElement(By.id("filters")).isDisplayed(), "filters shown on " + url);
            assertFalse(
                    chromium.driver.findElements(By.cssSelector(".kit-card")).isEmpty());
            chromium.assertNoConsoleErrors(url);
        }
    }

    @Test
    void publicPagesLoadOverHttpAndFromFilesWithoutTheSearchOverFacilitatorText() {
        String participantPage = ExampleSite.pages().stream()
                .filter(p -> p.endsWith("/participants.html"))
                .findFirst()
                .orElseThrow();
        for (String page : List.of(SiteLayout.INDEX, participantPage, SiteLayout.NOT_FOUND)) {
            for (String url : List.of(server.url(page), fileUrl(page))) {
                chromium.consoleErrors();
                chromium.open(url);
                assertTrue(
                        chromium.driver
                                .findElements(By.cssSelector("[data-search]"))
                                .isEmpty(),
                        "no search box on the public page " + url);
                assertTrue(
                        chromium.driver
                                .findElements(By.cssSelector(".site-nav"))
                                .isEmpty(),
                        "no link to the catalogue or the ledger on the public page " + url);
                assertEquals(
                        "absolute",
                        chromium.js()
                                .executeScript(
                                        "return getComputedStyle(document.querySelector('.skip-link')).position"),
                        "the theme's style sheet loads on " + url);
                chromium.assertNoConsoleErrors(url);
            }
        }
    }

    @Test
    void searchIndexIsLoadedOnlyOnceTheSearchBoxIsUsed() {
        chromium.open(server.url(SiteLayout.CATALOGUE));
        assertEquals(
                true,
                chromium.js().executeScript("return window.alignkitSearchIndex === undefined"),
                "index loaded with the page");

        chromium.driver.findElement(By.id("search-input")).click();
        chromium.waiting()
                .until(d -> Boolean.TRUE.equals(
                        chromium.js().executeScript("return Array.isArray(window.alignkitSearchIndex)")));
    }

    @Test
    void searchFindsAPromptWithAPrefixOrATypoAndOpensItsSession() {
        List<Entry> index = ExampleSite.searchIndex();
        Entry prompt = index.stream()
                .filter(e -> e.kind().equals("prompt"))
                .findFirst()
                .orElseThrow();
        String word = rarestWord(index, prompt);
        String prefix = word.substring(0, Math.max(4, word.length() - 3));
        String typo = word.substring(0, 2) + (word.charAt(2) == 'x' ? 'y' : 'x') + word.substring(3);

        // Over HTTP, from the kit page of another kit (links are relative to the page), with a typo.
        String otherKit = index.stream()
                .filter(e -> e.kind().equals("kit") && !e.title().equals(prompt.kit()))
                .findFirst()
                .map(Entry::url)
                .orElse(SiteLayout.CATALOGUE);
        openResult(server.url(otherKit), typo, prompt);
        assertAtAnchor(prompt, server.url(prompt.page()));
        chromium.assertNoConsoleErrors("search over http");

        // From the file system (file://), on the index, with a prefix.
        openResult(fileUrl(SiteLayout.CATALOGUE), prefix, prompt);
        assertAtAnchor(prompt, fileUrl(prompt.page()));
        chromium.assertNoConsoleErrors("search over file://");
    }

    @Test
    void enterOpensTheFirstResultAndArrowKeysMoveThroughResults() {
        List<Entry> index = ExampleSite.searchIndex();
        Entry task = index.stream()
                .filter(e -> e.kind().equals("task") && e.url().contains("#"))
                .findFirst()
                .orElseThrow();
        chromium.open(server.url(SiteLayout.CATALOGUE));
        WebElement input = chromium.driver.findElement(By.id("search-input"));
        input.sendKeys(task.title());
        WebElement first = chromium.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".search-results a")));
        input.sendKeys(Keys.ARROW_DOWN);
        assertEquals(first, chromium.driver.switchTo().activeElement(), "ArrowDown moves to the first result");
        chromium.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertFalse(chromium.driver.findElement(By.id("search-panel")).isDisplayed(), "Escape closes the results");
        assertEquals(input, chromium.driver.switchTo().activeElement(), "Escape returns to the search box");
        String expected = first.getAttribute("href");
        assertTrue(expected.endsWith(task.url()), "the exact task is the first result for its own text: " + expected);
        input.sendKeys(Keys.ENTER);
        chromium.waiting().until(d -> d.getCurrentUrl().equals(expected));
        assertEquals(
                task.anchor(),
                chromium.js()
                        .executeScript(
                                "return document.querySelector(':target') && document.querySelector(':target').id"));
    }

    @Test
    void theSearchFormsAddressShowsItsResults() {
        Entry session = ExampleSite.searchIndex().stream()
                .filter(e -> e.kind().equals("session"))
                .findFirst()
                .orElseThrow();
        chromium.open(fileUrl(SiteLayout.CATALOGUE) + "?q="
                + java.net.URLEncoder.encode(session.title(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(
                session.title(),
                chromium.driver.findElement(By.id("search-input")).getAttribute("value"));
        assertTrue(chromium.driver.findElement(By.id("search-panel")).isDisplayed());
        assertTrue(
                chromium.driver.findElements(By.cssSelector(".search-results a")).stream()
                        .anyMatch(a -> a.getAttribute("href").endsWith("/" + session.url())),
                "finds the session by its title");
    }

    @Test
    void aFilterNarrowsTheListAndClearingRestoresIt() {
        chromium.open(server.url(SiteLayout.CATALOGUE));
        List<WebElement> cards = chromium.driver.findElements(By.cssSelector(".kit-card"));
        int total = cards.size();
        assertTrue(total > 1, "the example has several kits");

        for (String filter : List.of("filter-tag", "filter-department", "filter-format")) {
            Select select = new Select(chromium.driver.findElement(By.id(filter)));
            String attribute = select.getWrappedElement().getAttribute("data-filter");
            // The option that keeps the fewest kits, but at least one.
            Map<String, Long> counts = select.getOptions().stream()
                    .map(o -> o.getAttribute("value"))
                    .filter(v -> !v.isEmpty())
                    .collect(Collectors.toMap(
                            Function.identity(),
                            v -> cards.stream()
                                    .filter(c -> has(c, attribute, v))
                                    .count()));
            String value = counts.entrySet().stream()
                    .filter(e -> e.getValue() > 0)
                    .min(Map.Entry.comparingByValue())
                    .orElseThrow()
                    .getKey();
            long expected = counts.get(value);
            select.selectByValue(value);
            List<WebElement> shown =
                    cards.stream().filter(WebElement::isDisplayed).toList();
            assertEquals(expected, shown.size(), filter + " = " + value);
            assertTrue(shown.size() < total, filter + " = " + value + " narrows the list");
            shown.forEach(c -> assertTrue(has(c, attribute, value)));
            assertTrue(chromium.driver
                    .findElement(By.cssSelector("[data-filter-status]"))
                    .getText()
                    .contains(String.valueOf(expected)));
            chromium.driver
                    .findElement(By.cssSelector("#filters button[type=reset]"))
                    .click();
            chromium.waiting().until(d -> cards.stream().allMatch(WebElement::isDisplayed));
        }

        // Two filters that no kit has together: an empty list says so.
        chromium.open(server.url(SiteLayout.CATALOGUE) + "?tag=" + "no-such-tag");
        assertEquals(
                total,
                chromium.driver.findElements(By.cssSelector(".kit-card")).stream()
                        .filter(WebElement::isDisplayed)
                        .count(),
                "an unknown tag in the address is ignored");
        chromium.assertNoConsoleErrors("filters");
    }

    private static boolean has(WebElement card, String attribute, String value) {
        String json = card.getAttribute("data-" + attribute);
        return json.contains("\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
    }

    @Test
    void aTickedChecklistItemSurvivesAReloadAndPrintsAndResetClearsIt() {
        String kitPage = pageWith(".phase .task-check");
        String url = server.url(kitPage);
        chromium.open(url);
        List<WebElement> boxes = chromium.driver.findElements(By.cssSelector("#checklists .task-check"));
        assertTrue(boxes.size() >= 2);
        boxes.forEach(b -> assertTrue(b.isEnabled(), "site.js enables the boxes"));
        String progress = chromium.driver
                .findElement(By.cssSelector("#checklists [data-checklist-progress]"))
                .getText();
        assertEquals("0 of " + boxes.size() + " done", progress);

        // Tick the second item by its label, as a user would.
        WebElement box = boxes.get(1);
        String id = box.getAttribute("id");
        String task = box.getAttribute("data-task");
        chromium.driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
        assertTrue(box.isSelected());
        assertEquals(
                "1 of " + boxes.size() + " done",
                chromium.driver
                        .findElement(By.cssSelector("#checklists [data-checklist-progress]"))
                        .getText());

        chromium.driver.navigate().refresh();
        chromium.waiting()
                .until(d -> chromium.js().executeScript("return document.documentElement.classList.contains('js')"));
        assertTrue(chromium.driver.findElement(By.id(id)).isSelected(), "the tick survives a reload");
        chromium.open(server.url(SiteLayout.CATALOGUE));
        chromium.open(url);
        assertTrue(chromium.driver.findElement(By.id(id)).isSelected(), "the tick survives leaving the page");
        assertFalse(
                chromium.driver
                        .findElements(By.cssSelector("#checklists .task-check"))
                        .get(0)
                        .isSelected(),
                "only that item is ticked");
        String kit =
                chromium.driver.findElement(By.cssSelector("[data-checklist]")).getAttribute("data-checklist");
        String stored = (String)
                chromium.js().executeScript("return localStorage.getItem(arguments[0])", "alignkit:ticks:" + kit);
        assertTrue(stored != null && stored.contains("\"" + task + "\""), "kept per kit in localStorage: " + stored);

        // Printing keeps the boxes and their ticks, and drops the buttons.
        chromium.printMedia(true);
        assertTrue(chromium.driver.findElement(By.id(id)).isDisplayed(), "the box is printed");
        assertTrue(chromium.driver.findElement(By.id(id)).isSelected(), "the tick is printed");
        assertFalse(chromium.driver
                .findElement(By.cssSelector("#checklists [data-checklist-reset]"))
                .isDisplayed());
        chromium.printMedia(false);

        chromium.driver
                .findElement(By.cssSelector("#checklists [data-checklist-reset]"))
                .click();
        assertFalse(chromium.driver.findElement(By.id(id)).isSelected(), "reset clears the ticks");
        chromium.driver.navigate().refresh();
        chromium.waiting()
                .until(d -> chromium.js().executeScript("return document.documentElement.classList.contains('js')"));
        assertFalse(chromium.driver.findElement(By.id(id)).isSelected(), "and the reset is kept");
        chromium.assertNoConsoleErrors("checklists");
    }

    @Test
    void followUpTicksOnASessionPageAreKeptFromTheFileSystemToo() {
        String sessionPage = pageWith("#follow-up .task-check");
        chromium.open(fileUrl(sessionPage));
        WebElement box = chromium.driver.findElement(By.cssSelector("#follow-up .task-check"));
        String id = box.getAttribute("id");
        box.click();
        chromium.open(fileUrl(sessionPage));
        assertTrue(chromium.driver.findElement(By.id(id)).isSelected(), "ticks persist on file:// as well");
        chromium.driver
                .findElement(By.cssSelector("#follow-up [data-checklist-reset]"))
                .click();
        assertFalse(chromium.driver.findElement(By.id(id)).isSelected());
        chromium.assertNoConsoleErrors("follow-up checklist on file://");
    }

    @Test
    void theCalendarLinkServesACalendar() {
        String kitPage = pageWith(".doc-calendar a");
        chromium.open(server.url(kitPage));
        WebElement link = chromium.driver.findElement(By.cssSelector(".doc-calendar a"));
        String href = link.getAttribute("href");
        assertTrue(href.endsWith(".ics"), href);
        @SuppressWarnings("unchecked")
        Map<String, Object> response = (Map<String, Object>) chromium.js().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.text().then(body => done({status: r.status, type: r.headers.get('content-type'), body})))
                  .catch(e => done({status: 0, type: '', body: String(e)}));
                """, href);
        assertEquals(200L, ((Number) response.get("status")).longValue(), href);
        assertTrue(((String) response.get("type")).startsWith("text/calendar"), "content type " + response.get("type"));
        String body = (String) response.get("body");
        assertTrue(
                body.startsWith("BEGIN:VCALENDAR")
                        && body.contains("BEGIN:VEVENT")
                        && body.strip().endsWith("END:VCALENDAR"),
                body);
    }

    @Test
    void withoutJavaScriptSearchAndFiltersAreHiddenAndBoxesAreDisabled() {
        chromium.javaScript(false);
        chromium.driver.get(server.url(SiteLayout.CATALOGUE));
        assertFalse(chromium.driver.findElement(By.cssSelector("[data-search]")).isDisplayed());
        assertFalse(chromium.driver.findElement(By.id("filters")).isDisplayed());
        assertTrue(chromium.driver.findElements(By.cssSelector(".kit-card")).stream()
                .allMatch(WebElement::isDisplayed));
        chromium.driver.get(server.url(pageWith(".phase .task-check")));
        List<WebElement> boxes = chromium.driver.findElements(By.cssSelector(".task-check"));
        assertFalse(boxes.isEmpty());
        boxes.forEach(b -> assertFalse(b.isEnabled(), "disabled without JavaScript"));
        assertFalse(chromium.driver
                .findElement(By.cssSelector("[data-checklist-bar]"))
                .isDisplayed());
        assertTrue(
                chromium.driver.findElement(By.cssSelector(".task-item label")).isDisplayed(),
                "the items are still listed");
    }

    /** The first page of the site that has an element matching the selector. */
    private static String pageWith(String selector) {
        for (String page : ExampleSite.pages()) {
            try {
                if (!org.jsoup.Jsoup.parse(site.resolve(page).toFile(), "UTF-8")
                        .select(selector)
                        .isEmpty()) {
                    return page;
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        throw new AssertionError("no page of the example site has " + selector);
    }

    /** The word of the entry's title that the fewest entries contain (at least 6 letters). */
    private static String rarestWord(List<Entry> index, Entry entry) {
        List<String> words = new ArrayList<>(
                new TreeSet<>(List.of(entry.title().toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))));
        words.removeIf(w -> w.length() < 6);
        assertFalse(words.isEmpty(), "prompt has no long word: " + entry.title());
        return words.stream()
                .min(Comparator.comparingLong((String w) -> index.stream()
                                .filter(e -> (e.title() + " " + e.text() + " " + e.kit())
                                        .toLowerCase(Locale.ROOT)
                                        .contains(w.substring(0, 4)))
                                .count())
                        .thenComparing(Comparator.comparingInt(String::length).reversed()))
                .orElseThrow();
    }

    /** Types the query into the header search of the page and clicks the result that links to the entry. */
    private void openResult(String pageUrl, String query, Entry entry) {
        chromium.open(pageUrl);
        WebElement input = chromium.driver.findElement(By.id("search-input"));
        input.sendKeys(query);
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("search-panel")));
        List<WebElement> hits = chromium.driver.findElements(By.cssSelector(".search-results a"));
        List<String> hrefs = hits.stream().map(a -> a.getAttribute("href")).toList();
        WebElement hit = hits.stream()
                .filter(a -> a.getAttribute("href").endsWith("/" + entry.url()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "'" + query + "' on " + pageUrl + " does not find " + entry.url() + ": " + hrefs));
        assertEquals("prompt", hit.getAttribute("data-kind"));
        String count = chromium.driver.findElement(By.id("search-count")).getText();
        assertTrue(count.matches(".*\\d+.*results?"), count);
        hit.click();
    }

    private void assertAtAnchor(Entry entry, String pageUrl) {
        String expected = pageUrl + "#" + entry.anchor();
        chromium.waiting().until(d -> d.getCurrentUrl().equals(expected));
        chromium.waiting()
                .until(d -> chromium.js()
                        .executeScript("return document.readyState")
                        .equals("complete"));
        Object target =
                chromium.js().executeScript("const t = document.querySelector(':target'); return t ? t.id : null");
        assertEquals(entry.anchor(), target, "the result opens the session at the prompt");
        String text =
                chromium.driver.findElement(By.id(entry.anchor())).getText().replaceAll("\\s+", " ");
        String start = entry.title().substring(0, Math.min(30, entry.title().length()));
        assertTrue(text.contains(start), text + " contains " + start);
        assertNotEquals(
                0L,
                ((Number) chromium.js().executeScript("return document.querySelectorAll('main h1').length"))
                        .longValue());
    }
}
