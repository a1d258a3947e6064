package dev.alignkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.diagnostics.Problem;
import dev.alignkit.render.Views.KitView;
import dev.alignkit.render.Views.SessionView;
import dev.alignkit.support.PrintFixture;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project's template written for the flat kit and session views stops with where a name moved. */
class MovedNamesTest {
    private static final Path FLAT_TEMPLATES = Path.of("src/test/resources/render/flat-view-templates");
    private static final KitView KIT =
            new PrintFixture().view(PrintFixture.loadKit(Path.of("src/test/resources/render/timed-kit.yaml")));

    @TempDir
    Path templates;

    /** The kit's first session: a pulse without a start time, which a test with {@code ??} would quietly skip. */
    private static List<Problem> sessionPage(Path templateFolder) {
        return sessionPage(templateFolder, KIT.sessions().get(0));
    }

    private static List<Problem> sessionPage(Path templateFolder, SessionView session) {
        Theme theme = new Theme(Optional.of(templateFolder));
        List<Problem> problems = new ArrayList<>();
        new SitePages(new TemplateRenderer(theme), new SiteSettings("Kits", Optional.empty(), "Alignkit"))
                .session(KIT, session, List.of(), List.of(), Messages.load(theme, "en"), problems::add);
        return problems;
    }

    private static List<Problem> kitPage(Path templateFolder) {
        Theme theme = new Theme(Optional.of(templateFolder));
        List<Problem> problems = new ArrayList<>();
        new SitePages(new TemplateRenderer(theme), new SiteSettings("Kits", Optional.empty(), "Alignkit"))
                .kit(KIT, List.of(), Messages.load(theme, "en"), problems::add);
        return problems;
    }

    private List<Problem> sessionPageWith(String source) throws IOException {
        Files.writeString(templates.resolve("session.ftlh"), source);
        return sessionPage(templates);
    }

    @Test
    void aMovedSessionNameTestedForPresenceSaysWhereItWent() {
        List<Problem> problems = sessionPage(FLAT_TEMPLATES);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(
                "flat-view-templates/session.ftlh:3:1: error: template error: session.startTime is now"
                        + " session.schedule.startTime (while rendering kit 'timed-kit', page facilitators/timed-kit/pulse.html)",
                problems.get(0).format());
    }

    @Test
    void aMovedKitNameSaysWhereItWent() {
        List<Problem> problems = kitPage(FLAT_TEMPLATES);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(
                "flat-view-templates/kit.ftlh:3:20: error: template error: kit.strategy is now kit.texts.strategy"
                        + " (while rendering kit 'timed-kit', page facilitators/timed-kit/index.html)",
                problems.get(0).format());
    }

    @Test
    void theFormatPrintedAsItsKeySaysWhatToWrite() throws IOException {
        List<Problem> problems = sessionPageWith("<main class=\"format-${session.format}\"></main>");
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(
                "template error: session.format is now a part: session.format.key is the format's key",
                problems.get(0).message());
    }

    @Test
    void theAgendaListedAsItsBlocksSaysWhatToWrite() throws IOException {
        List<Problem> problems = sessionPageWith("<#list session.agenda as a>${a.title}</#list>");
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(
                "template error: session.agenda is now a part: its blocks are session.agenda.rows",
                problems.get(0).message());
    }

    @Test
    void aNameThatWentSaysWhatReplacesIt() throws IOException {
        List<Problem> problems = sessionPageWith("${session.week!}");
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(
                "template error: session.week is gone: session.schedule.when has the week and the date",
                problems.get(0).message());
    }

    @Test
    void theNewNamesRender() throws IOException {
        Files.writeString(
                templates.resolve("session.ftlh"),
                "<main class=\"format-${session.format.key}\">${session.schedule.startTime}"
                        + "<#list session.agenda.rows as a>${a.title}</#list>${session.agenda.total}</main>");
        SessionView meeting = KIT.sessions().stream()
                .filter(s -> s.title().equals("Meeting"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of(), sessionPage(templates, meeting));
    }

    @Test
    void everyMovedKitNameLeadsToAComponentOfItsPart() {
        assertMovedNamesResolve(KitView.class);
    }

    @Test
    void everyMovedSessionNameLeadsToAComponentOfItsPart() {
        assertMovedNamesResolve(SessionView.class);
    }

    private static void assertMovedNamesResolve(Class<?> view) {
        Map<String, String> moved = MovedNames.of(view);
        assertFalse(moved.isEmpty());
        moved.forEach((old, path) -> {
            assertFalse(component(view, old).isPresent(), old + " is still a component of " + view.getSimpleName());
            Class<?> type = view;
            for (String name : path.split("\\.")) {
                Optional<RecordComponent> next = component(type, name);
                assertTrue(next.isPresent(), old + " -> " + path + ": no " + name + " in " + type.getSimpleName());
                type = next.get().getType();
            }
        });
    }

    private static Optional<RecordComponent> component(Class<?> type, String name) {
        RecordComponent[] components = type.getRecordComponents();
        return components == null
                ? Optional.empty()
                : Arrays.stream(components)
                        .filter(c -> c.getName().equals(name))
                        .findFirst();
    }
}
