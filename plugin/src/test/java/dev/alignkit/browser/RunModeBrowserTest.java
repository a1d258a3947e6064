package dev.alignkit.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The run page of the marketing meeting in a real Chromium, on a clock the test sets: {@code Date.now} is replaced
 * before any script of the page runs (CDP {@code Page.addScriptToEvaluateOnNewDocument}) by one that reads the
 * time from localStorage, so every window of the site sees the same time and run.js stays as it ships.
 */
class RunModeBrowserTest extends OnExampleSite {
    private static final String PAGE =
            "facilitators/cross-departmental-marketing-meeting/marketing-alignment-meeting.run.html";
    private static final long NINE_THIRTY =
            Instant.parse("2027-07-05T09:30:00Z").toEpochMilli();
    private static final String CLOCK_KEY = "__alignkitTestNow";
    private static final String FAKE_CLOCK = """
            (function () {
              Date.now = function () {
                try {
                  var set = Number(window.localStorage.getItem('%s'));
                  if (set > 0) { return set; }
                } catch (e) {}
                return %d;
              };
            })();
            """.formatted(CLOCK_KEY, NINE_THIRTY);

    private long now;

    @BeforeAll
    static void fakeClock() {
        if (chromium != null) {
            controlTheClock();
        }
    }

    /** In the current window: the fake Date.now for every page it loads from now on, and UTC for its clock. */
    private static void controlTheClock() {
        chromium.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", FAKE_CLOCK));
        chromium.driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "UTC"));
    }

    @AfterEach
    void closeOtherWindows() {
        String first = chromium.driver.getWindowHandles().iterator().next();
        for (String handle : new ArrayList<>(chromium.driver.getWindowHandles())) {
            if (!handle.equals(first)) {
                chromium.driver.switchTo().window(handle).close();
            }
        }
        chromium.driver.switchTo().window(first);
        chromium.js().executeScript("localStorage.clear()");
        chromium.colorScheme("light");
        chromium.driver.get("about:blank");
    }

    private static String url(String where) {
        return where.equals("file") ? ExampleSite.site().resolve(PAGE).toUri().toString() : server.url(PAGE);
    }

    /** The run page with no state kept, at 09:30. */
    private void openFresh(String where) {
        chromium.open(url(where));
        chromium.js().executeScript("localStorage.clear()");
        now = NINE_THIRTY;
        chromium.driver.navigate().refresh();
        chromium.waiting()
                .until(d -> Boolean.TRUE.equals(
                        chromium.js().executeScript("return document.documentElement.classList.contains('js')")));
        chromium.consoleErrors();
    }

    private void advance(Duration by) {
        now += by.toMillis();
        chromium.js().executeScript("localStorage.setItem(arguments[0], arguments[1])", CLOCK_KEY, String.valueOf(now));
    }

    private static String text(String selector) {
        return chromium.driver.findElement(By.cssSelector(selector)).getText();
    }

    private static String attribute(String selector, String name) {
        return chromium.driver.findElement(By.cssSelector(selector)).getDomAttribute(name);
    }

    /** Waits for the page's next tick to show the value; on a timeout, says what it showed instead. */
    private static void shows(String selector, String expected) {
        try {
            chromium.waiting().until(d -> expected.equals(text(selector)));
        } catch (TimeoutException e) {
            assertEquals(expected, text(selector), selector);
        }
    }

    private static void level(String expected) {
        try {
            chromium.waiting().until(d -> expected.equals(attribute("main", "data-level")));
        } catch (TimeoutException e) {
            assertEquals(expected, attribute("main", "data-level"), "warning level");
        }
    }

    private static void press(CharSequence key) {
        new Actions(chromium.driver).sendKeys(key).perform();
    }

    private static void click(String action) {
        chromium.driver
                .findElement(By.cssSelector("[data-action='" + action + "']"))
                .click();
    }

    private static String currentTitle() {
        return text(".run-block.is-current [data-block-title]");
    }

    @Test
    void theCountdownRunsAndTheNextKeyMovesToTheNextBlock() {
        openFresh("http");
        assertEquals("Welcome and introductions", currentTitle());
        shows("[data-countdown]", "5:00");
        shows("[data-clock]", "09:30");
        click("toggle");
        shows("[data-action='toggle']", "Pause");

        advance(Duration.ofMinutes(3));
        shows("[data-countdown]", "2:00");
        shows("[data-clock]", "09:33");
        shows("[data-elapsed]", "3:00");
        shows("[data-remaining]", "1:27:00");
        shows("[data-next]", "Meeting objectives and ground rules (5 min)");

        press("n");
        shows("[data-countdown]", "5:00");
        assertEquals("Meeting objectives and ground rules", currentTitle());
        shows("[data-next]", "Recap of past campaigns (10 min)");
        shows("[data-announce]", "Now: Meeting objectives and ground rules.");
        advance(Duration.ofSeconds(30));
        shows("[data-countdown]", "4:30");

        press(Keys.ARROW_LEFT);
        assertEquals("Welcome and introductions", currentTitle());
        shows("[data-countdown]", "2:00");
        chromium.assertNoConsoleErrors(PAGE);
    }

    @Test
    void theColourWarnsAtTwentyAndFivePercentOfTheBlockLeft() {
        openFresh("http");
        click("toggle");
        String calm =
                chromium.driver.findElement(By.cssSelector("[data-countdown]")).getCssValue("background-color");
        level("ok");
        advance(Duration.ofSeconds(239));
        level("ok");
        advance(Duration.ofSeconds(1));
        level("warn");
        String warning =
                chromium.driver.findElement(By.cssSelector("[data-countdown]")).getCssValue("background-color");
        assertNotEquals(calm, warning, "the warning shows as a colour");
        advance(Duration.ofSeconds(45));
        level("urgent");
        advance(Duration.ofSeconds(30));
        level("over");
        shows("[data-countdown]", "\u22120:15");
        chromium.assertNoConsoleErrors(PAGE);
    }

    @Test
    void aPauseLeavesTheScheduleBehind() {
        openFresh("http");
        shows("[data-offset]", "Not started");
        press(" ");
        advance(Duration.ofMinutes(1));
        shows("[data-offset]", "On time");
        press(" ");
        shows("[data-action='toggle']", "Start");
        advance(Duration.ofMinutes(2));
        shows("[data-countdown]", "4:00");
        shows("[data-offset]", "2:00 behind");
        press(" ");
        advance(Duration.ofMinutes(1));
        shows("[data-countdown]", "3:00");
        shows("[data-elapsed]", "4:00");
        shows("[data-offset]", "2:00 behind");
        assertEquals("behind", attribute("main", "data-schedule"));
        chromium.assertNoConsoleErrors(PAGE);
    }

    @Test
    void endingABlockEarlyPutsTheScheduleAhead() {
        openFresh("http");
        press(" ");
        advance(Duration.ofMinutes(1));
        press(Keys.ARROW_RIGHT);
        shows("[data-offset]", "4:00 ahead");
        assertEquals("ahead", attribute("main", "data-schedule"));
        chromium.assertNoConsoleErrors(PAGE);
    }

    @Test
    void plusAndMinusAddAndTakeAMinuteOfTheBlock() {
        openFresh("http");
        press(" ");
        press("+");
        shows("[data-countdown]", "6:00");
        shows("[data-offset]", "1:00 behind");
        press("-");
        press("-");
        shows("[data-countdown]", "4:00");
        shows("[data-offset]", "1:00 ahead");
        click("more");
        shows("[data-countdown]", "5:00");
        chromium.assertNoConsoleErrors(PAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "file"})
    void aReloadInTheMiddleOfABlockKeepsTheRunGoing(String where) {
        openFresh(where);
        press(" ");
        advance(Duration.ofMinutes(2));
        press("n");
        advance(Duration.ofSeconds(90));
        shows("[data-countdown]", "3:30");

        chromium.driver.navigate().refresh();
        shows("[data-countdown]", "3:30");
        assertEquals("Meeting objectives and ground rules", currentTitle());
        shows("[data-action='toggle']", "Pause");
        shows("[data-elapsed]", "3:30");
        advance(Duration.ofSeconds(30));
        shows("[data-countdown]", "3:00");
        chromium.assertNoConsoleErrors(where + " " + PAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "file"})
    void theAudienceWindowStaysInStepWithThePresenter(String where) {
        openFresh(where);
        String presenter = chromium.driver.getWindowHandle();
        click("audience");
        chromium.waiting().until(d -> d.getWindowHandles().size() == 2);
        String audience = chromium.driver.getWindowHandles().stream()
                .filter(h -> !h.equals(presenter))
                .findFirst()
                .orElseThrow();
        chromium.driver.switchTo().window(audience);
        controlTheClock();
        chromium.driver.navigate().refresh();
        chromium.waiting()
                .until(d -> Boolean.TRUE.equals(chromium.js()
                        .executeScript("return document.documentElement.classList.contains('run-audience')")));
        assertTrue(chromium.driver.getCurrentUrl().endsWith("?view=audience"), chromium.driver.getCurrentUrl());
        assertEquals(
                List.of(),
                chromium.driver.findElements(
                        By.cssSelector(".facilitator-only, .run-notes, .run-lead, [data-controls], [data-next]")),
                "the projector shows no facilitator material");
        shows("[data-countdown]", "5:00");

        chromium.driver.switchTo().window(presenter);
        click("toggle");
        advance(Duration.ofMinutes(1));
        press("n");
        shows("[data-countdown]", "5:00");
        advance(Duration.ofMinutes(1));
        shows("[data-countdown]", "4:00");

        chromium.driver.switchTo().window(audience);
        shows("[data-countdown]", "4:00");
        assertEquals("Meeting objectives and ground rules", currentTitle());
        // a block that works on a prompt shows it on the projector; keys pressed here move the presenter too
        press("n");
        press("n");
        assertEquals("Departmental updates", currentTitle());
        WebElement prompts = chromium.driver.findElement(By.cssSelector(".run-block.is-current .run-prompts"));
        assertTrue(prompts.isDisplayed(), "the audience sees the block's prompt");
        assertTrue(prompts.getText().contains("What did our last campaigns do"), prompts.getText());
        press("p");
        press("p");
        assertEquals("Meeting objectives and ground rules", currentTitle());

        // And back: a key pressed in the audience window moves the presenter too.
        press(" ");
        chromium.driver.switchTo().window(presenter);
        shows("[data-action='toggle']", "Start");
        chromium.assertNoConsoleErrors(where + " " + PAGE);
    }

    @Test
    void startingAgainAsksFirstAndThenForgetsTheRun() {
        openFresh("http");
        press(" ");
        advance(Duration.ofMinutes(2));
        click("reset");
        chromium.driver.switchTo().alert().dismiss();
        shows("[data-countdown]", "3:00");
        click("reset");
        chromium.driver.switchTo().alert().accept();
        shows("[data-countdown]", "5:00");
        shows("[data-offset]", "Not started");
        shows("[data-action='toggle']", "Start");
        chromium.driver.navigate().refresh();
        shows("[data-countdown]", "5:00");
        chromium.assertNoConsoleErrors(PAGE);
    }

    @Test
    void aPulseKeepsItsLaunchTicksAcrossAReload() {
        chromium.open(server.url("facilitators/organizational-alignment/providing-clarity.run.html"));
        assertEquals(List.of(), chromium.driver.findElements(By.cssSelector("[data-countdown]")), "no timer");
        List<WebElement> boxes = chromium.driver.findElements(By.cssSelector("[data-launch]"));
        assertEquals(2, boxes.size());
        boxes.get(1).click();
        chromium.driver.navigate().refresh();
        chromium.waiting()
                .until(d ->
                        d.findElements(By.cssSelector("[data-launch]")).get(1).isSelected());
        assertFalse(chromium.driver
                .findElements(By.cssSelector("[data-launch]"))
                .get(0)
                .isSelected());
        chromium.assertNoConsoleErrors("the pulse's run page");
    }

    @Test
    void axeFindsNothingOnThePresenterAndTheAudienceWindowInBothSchemes() {
        List<String> violations = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            chromium.colorScheme(scheme);
            for (String view : List.of("", "?view=audience")) {
                chromium.open(server.url(PAGE + view));
                chromium.js().executeScript("localStorage.clear()");
                now = NINE_THIRTY;
                chromium.driver.navigate().refresh();
                for (String level : List.of("ok", "warn", "over")) {
                    if (view.isEmpty() && level.equals("ok")) {
                        click("toggle");
                    }
                    if (!view.isEmpty() && level.equals("ok")) {
                        press(" ");
                    }
                    advance(Duration.ofSeconds(level.equals("ok") ? 10 : level.equals("warn") ? 230 : 120));
                    level(level);
                    chromium.axeViolations().forEach(v -> violations.add(scheme + " " + view + " " + level + ": " + v));
                }
                chromium.js().executeScript("localStorage.clear()");
            }
        }
        assertEquals(List.of(), violations);
    }

    /** For a human to look at: the marketing meeting twelve minutes in, after a pause, in both windows and schemes. */
    @Test
    void screenshotsOfBothWindowsAfterAFewMinutes() throws Exception {
        for (String scheme : List.of("light", "dark")) {
            chromium.colorScheme(scheme);
            openFresh("http");
            press(" ");
            advance(Duration.ofMinutes(4));
            press("n");
            advance(Duration.ofMinutes(5));
            press("n");
            advance(Duration.ofMinutes(1));
            press(" ");
            advance(Duration.ofMinutes(2));
            press(" ");
            advance(Duration.ofSeconds(8 * 60 + 10));
            level("warn");
            Path presenter = ScreenshotTest.FOLDER.resolve("run-presenter-" + scheme + ".png");
            chromium.screenshot(Chromium.WIDE, presenter);
            chromium.open(server.url(PAGE + "?view=audience"));
            level("warn");
            Path audience = ScreenshotTest.FOLDER.resolve("run-audience-" + scheme + ".png");
            chromium.screenshot(Chromium.WIDE, audience);
            assertTrue(Files.size(presenter) > 1000 && Files.size(audience) > 1000);
            chromium.js().executeScript("localStorage.clear()");
        }
    }
}
