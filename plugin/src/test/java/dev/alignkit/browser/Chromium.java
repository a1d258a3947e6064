package dev.alignkit.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven by Debian's chromedriver, both given by path so Selenium Manager never
 * downloads anything; with the flags this machine's closed network needs, and helpers for the tests: colour
 * scheme and viewport emulation through CDP, console errors, axe-core and full-page screenshots.
 */
final class Chromium implements AutoCloseable {
    static final int WIDE = 1280;
    static final int NARROW = 390;
    private static final int HEIGHT = 900;

    /**
     * Selenium warns at every start that it has no CDP bindings for this Chromium version; the tests use only
     * chromedriver's own CDP passthrough ({@code executeCdpCommand}), which needs none. Kept to hold the level.
     */
    private static final java.util.logging.Logger SELENIUM_LOG =
            java.util.logging.Logger.getLogger("org.openqa.selenium");

    final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Skips or fails (CI=true) the calling test class when Chromium or ChromeDriver is missing. */
    static Chromium start() {
        BrowserTools.require(BrowserTools.BROWSER);
        SELENIUM_LOG.setLevel(Level.SEVERE);
        System.setProperty(
                "webdriver.chrome.driver", BrowserTools.Tool.CHROMEDRIVER.path().toString());
        System.setProperty("webdriver.chrome.silentOutput", "true");
        Path profile;
        try {
            profile = Files.createTempDirectory("alignkit-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BrowserTools.Tool.CHROMIUM.path().toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--disable-extensions",
                "--disable-features=Translate,MediaRouter,OptimizationHints",
                "--hide-scrollbars",
                "--force-color-profile=srgb",
                "--window-size=" + WIDE + "," + HEIGHT,
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(BrowserTools.Tool.CHROMEDRIVER.path().toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Chromium chromium = new Chromium(driver, profile);
        chromium.viewport(WIDE, HEIGHT);
        return chromium;
    }

    ChromeDriver driver() {
        return driver;
    }

    JavascriptExecutor js() {
        return driver;
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    /** Emulates prefers-color-scheme (light or dark) for this tab, across navigations. */
    void colorScheme(String scheme) {
        driver.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of("media", "", "features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Emulates the print media type (and keeps the colour scheme light). */
    void printMedia(boolean print) {
        driver.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of(
                        "media",
                        print ? "print" : "",
                        "features",
                        List.of(Map.of("name", "prefers-color-scheme", "value", "light"))));
    }

    boolean dark() {
        return Boolean.TRUE.equals(js().executeScript("return matchMedia('(prefers-color-scheme: dark)').matches"));
    }

    /** The layout viewport, exactly (window sizes include browser UI in some modes). */
    void viewport(int width, int height) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Turns JavaScript off (or on again) for the next page loads of this tab. */
    void javaScript(boolean enabled) {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
    }

    /** Loads a page and waits until site.js has run (it marks the document with class "js"). */
    void open(String url) {
        driver.get(url);
        waiting()
                .until(
                        d -> Boolean.TRUE.equals(
                                js().executeScript(
                                                "return document.readyState === 'complete' && document.documentElement.classList.contains('js')")));
    }

    /** Console messages of level SEVERE since the last call (errors, failed loads). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::toString)
                .toList();
    }

    void assertNoConsoleErrors(String where) {
        List<String> errors = consoleErrors();
        assertEquals(List.of(), errors, "console errors on " + where);
    }

    private static String axeSource;

    /**
     * Runs axe-core on the current page with the WCAG 2.0/2.1/2.2 A and AA rules and axe's best practices
     * (landmarks, heading order, one h1...); returns the violations, one readable block each (empty when none).
     */
    @SuppressWarnings("unchecked")
    List<String> axeViolations() {
        if (axeSource == null) {
            try (InputStream in = Chromium.class.getResourceAsStream("/browser/axe.min.js")) {
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!Boolean.TRUE.equals(js().executeScript("return typeof window.axe === 'object'"))) {
            js().executeScript(axeSource);
        }
        Object result = js().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {
                  runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']},
                  resultTypes: ['violations']
                }).then(r => done(r.violations.map(v => ({
                  id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                  nodes: v.nodes.slice(0, 8).map(n => n.target.join(' ') + '\\n        ' + (n.failureSummary || '').replace(/\\n/g, '\\n        '))
                      .concat(v.nodes.length > 8 ? ['... and ' + (v.nodes.length - 8) + ' more'] : [])
                })))).catch(e => done([{id: 'axe-error', impact: 'error', help: String(e), helpUrl: '', nodes: []}]));
                """);
        return ((List<Map<String, Object>>) result)
                .stream()
                        .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " " + v.get("helpUrl")
                                + "\n      "
                                + ((List<String>) v.get("nodes")).stream().collect(Collectors.joining("\n      ")))
                        .toList();
    }

    /** A PNG of the whole page at the given width, written to {@code file}. */
    void screenshot(int width, Path file) {
        viewport(width, HEIGHT);
        long height = ((Number)
                        js().executeScript("return Math.ceil(document.documentElement.getBoundingClientRect().height)"))
                .longValue();
        int full = (int) Math.min(Math.max(height, HEIGHT), 16000);
        viewport(width, full);
        js().executeScript("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        @SuppressWarnings("unchecked")
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        viewport(width, HEIGHT);
        assertTrue(Files.isRegularFile(file));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try {
                ExampleSite.deleteTree(profile);
            } catch (IOException e) {
                // Chromium may still be writing its profile; it is a temp folder.
            }
        }
    }
}
