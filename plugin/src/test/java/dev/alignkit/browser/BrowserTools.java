package dev.alignkit.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Finds the system's Chromium, ChromeDriver and nginx (Debian's packages; nothing is ever downloaded). Where one
 * is missing, the tests that need it are skipped with one visible line that says how to enable them, except
 * under {@code CI=true}, where a missing tool fails the build instead.
 *
 * <p>Other locations can be given with {@code -Dalignkit.chromium=...}, {@code -Dalignkit.chromedriver=...} and
 * {@code -Dalignkit.nginx=...}.
 */
final class BrowserTools {
    static final String INSTALL = "sudo apt-get install chromium chromium-driver nginx";

    enum Tool {
        CHROMIUM("chromium", "alignkit.chromium", List.of("/usr/bin/chromium")),
        CHROMEDRIVER("chromium-driver", "alignkit.chromedriver", List.of("/usr/bin/chromedriver")),
        NGINX(
                "nginx",
                "alignkit.nginx",
                List.of("/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx", "/usr/local/bin/nginx"));

        final String packageName;
        final String property;
        final List<String> candidates;

        Tool(String packageName, String property, List<String> candidates) {
            this.packageName = packageName;
            this.property = property;
            this.candidates = candidates;
        }

        Optional<Path> find() {
            String configured = System.getProperty(property);
            Stream<String> paths =
                    configured != null && !configured.isBlank() ? Stream.of(configured) : candidates.stream();
            return paths.map(Path::of)
                    .filter(Files::isRegularFile)
                    .filter(Files::isExecutable)
                    .findFirst();
        }

        Path path() {
            return find().orElseThrow();
        }
    }

    /** What the browser tests need, and what the nginx crawl needs on top. */
    static final Set<Tool> BROWSER = Set.of(Tool.CHROMIUM, Tool.CHROMEDRIVER);

    static final Set<Tool> NGINX = Set.of(Tool.NGINX);

    private static boolean reported;

    private BrowserTools() {}

    static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** True when a tool is missing and the tests that need it are to be skipped (not under CI=true). */
    static boolean skipped(Set<Tool> tools) {
        return !onCi() && tools.stream().anyMatch(t -> t.find().isEmpty());
    }

    /** Fails (under CI=true) or skips the caller unless every tool is installed. */
    static void require(Set<Tool> tools) {
        List<Tool> missing =
                tools.stream().filter(t -> t.find().isEmpty()).sorted().toList();
        if (missing.isEmpty()) {
            return;
        }
        String names = names(missing);
        if (onCi()) {
            fail("CI=true and " + names + (missing.size() == 1 ? " is" : " are")
                    + " not installed, so the browser tests cannot run; "
                    + ".ci/run installs them (apt-get install chromium chromium-driver nginx)");
        }
        reportOnce();
        Assumptions.abort(names + " not installed");
    }

    /**
     * Skips each test of a class that needs a missing tool (so the build's summary counts them as skipped), after
     * printing the one line; under CI=true it skips nothing and the class's set-up fails instead.
     */
    abstract static class Condition implements ExecutionCondition {
        private final Set<Tool> tools;

        Condition(Set<Tool> tools) {
            this.tools = tools;
        }

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (context.getTestMethod().isEmpty() || !skipped(tools)) {
                return ConditionEvaluationResult.enabled("tools installed, or CI=true");
            }
            reportOnce();
            return ConditionEvaluationResult.disabled(
                    names(tools.stream()
                                    .filter(t -> t.find().isEmpty())
                                    .sorted()
                                    .toList()) + " not installed (" + INSTALL + ")");
        }
    }

    /** For classes that drive Chromium. */
    static final class NeedsBrowser extends Condition {
        NeedsBrowser() {
            super(BROWSER);
        }
    }

    /** For the nginx crawl. */
    static final class NeedsNginx extends Condition {
        NeedsNginx() {
            super(NGINX);
        }
    }

    /** One line for the whole run, naming every skipped browser test and how to enable them. */
    private static synchronized void reportOnce() {
        if (reported) {
            return;
        }
        reported = true;
        List<Tool> missing = new ArrayList<>();
        for (Tool tool : Tool.values()) {
            if (tool.find().isEmpty()) {
                missing.add(tool);
            }
        }
        boolean noBrowser = missing.contains(Tool.CHROMIUM) || missing.contains(Tool.CHROMEDRIVER);
        String skipped = noBrowser
                ? "search, filters, checklists, calendar, axe accessibility, screenshots"
                        + (missing.contains(Tool.NGINX) ? " and the nginx crawl" : "")
                : "the nginx crawl";
        System.out.println("[alignkit] Browser tests skipped (" + skipped + "): " + names(missing)
                + (missing.size() == 1 ? " is" : " are") + " not installed (" + INSTALL + ") — .ci/run installs them");
    }

    private static String names(List<Tool> tools) {
        Set<String> packages = new LinkedHashSet<>();
        tools.forEach(t -> packages.add(t.packageName));
        List<String> list = new ArrayList<>(packages);
        if (list.size() == 1) {
            return list.get(0);
        }
        return String.join(", ", list.subList(0, list.size() - 1)) + " and " + list.get(list.size() - 1);
    }
}
