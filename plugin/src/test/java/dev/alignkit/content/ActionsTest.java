package dev.alignkit.content;

import static dev.alignkit.content.Kits.formatted;
import static dev.alignkit.content.Kits.load;
import static dev.alignkit.content.Kits.onlyProblem;
import static dev.alignkit.content.Kits.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Actions (follow-up tasks and checklist items) have an id, a status and links to the KPIs they serve. */
class ActionsTest {
    private static Map<String, String> idsByItem(Kit kit) {
        return kit.sessions().get(0).followUp().stream().collect(Collectors.toMap(Task::item, Task::id));
    }

    @Test
    void idsComeFromTheItemsTextOrFromIdKey() {
        List<String> ids = valid("kits/actions/actions.yaml").sessions().get(0).followUp().stream()
                .map(Task::id)
                .toList();
        assertEquals(List.of("share-the-slides", "collect-feedback", "venue", "launch-the-campaign"), ids);
    }

    @Test
    void reorderingAndRewordingOtherTasksKeepsEachTasksId() {
        Map<String, String> before = idsByItem(valid("kits/actions/actions.yaml"));
        Map<String, String> after = idsByItem(valid("kits/actions/actions-reordered.yaml"));
        for (String item : List.of("Share the slides", "Launch the campaign")) {
            assertEquals(before.get(item), after.get(item), item);
        }
        assertEquals("venue", after.get("Book a bigger venue"), "a written id survives rewording the task itself");
    }

    @Test
    void statusDoneOnAndKpiAreRead() {
        Map<String, Task> tasks = valid("kits/actions/actions.yaml").sessions().get(0).followUp().stream()
                .collect(Collectors.toMap(Task::id, Function.identity()));
        assertEquals(ActionStatus.OPEN, tasks.get("share-the-slides").status());
        assertEquals(ActionStatus.DONE, tasks.get("collect-feedback").status());
        assertEquals(
                Optional.of(LocalDate.of(2027, 1, 12)),
                tasks.get("collect-feedback").doneOn());
        assertEquals(ActionStatus.DROPPED, tasks.get("venue").status());
        assertEquals(
                List.of("Lead generation"), tasks.get("launch-the-campaign").kpis());
    }

    @Test
    void aWrittenIdUsedTwiceIsAnErrorAtTheSecond() {
        assertEquals(
                "kits/actions/duplicate-id.yaml:8:13: error: task id 'slides' is already used at line 6; give each task its own"
                        + " 'id:'",
                onlyProblem("kits/actions/duplicate-id.yaml"));
    }

    @Test
    void theSameTextTwiceGetsANumberAndAWarning() {
        LoadResult result = load("kits/actions/same-text.yaml");
        Kit kit = result.kits().get(0);
        assertEquals(
                List.of("send-the-minutes", "send-the-minutes-2"),
                kit.sessions().stream()
                        .flatMap(s -> s.followUp().stream())
                        .map(Task::id)
                        .toList());
        assertEquals(
                List.of(
                        "kits/actions/same-text.yaml:8:9: warning: task 'Send the minutes' gets the id 'send-the-minutes' from"
                                + " its text, like the task at line 5, so it is numbered 'send-the-minutes-2'; give one of them an 'id:' so that"
                                + " reordering them keeps their ticks and exports apart"),
                formatted(result));
    }

    @Test
    void aTaskLinkingAnUnknownKpiIsAnErrorAtItsKpiKey() {
        assertEquals(
                "kits/actions/unknown-kpi.yaml:9:14: error: 'kpi' of a task names 'Lead generaton', which is not a KPI of the scorecard"
                        + " (did you mean 'Lead generation'?); write the 'name' of one of its KPIs: Lead generation",
                onlyProblem("kits/actions/unknown-kpi.yaml"));
    }

    @Test
    void doneOnWithAnOpenStatusIsAnError() {
        assertEquals(
                "kits/actions/done-on-open.yaml:7:18: error: 'done_on' is the day a task was done, but its status is open; write"
                        + " 'status: done' or remove 'done_on'",
                onlyProblem("kits/actions/done-on-open.yaml"));
    }

    @Test
    void anUnknownStatusIsAnError() {
        assertEquals(
                "kits/actions/bad-status.yaml:6:17: error: 'status' of a task 'finished' is not valid; write open, done or dropped",
                onlyProblem("kits/actions/bad-status.yaml"));
    }

    @Test
    void aKpiNoActionServesIsAWarningAtTheKpi() {
        assertEquals(
                List.of(
                        "kits/actions/unserved-kpi.yaml:5:7: warning: no action serves KPI 'Customer retention'; add 'kpi:"
                                + " Customer retention' to the follow-up task or checklist item that moves it"),
                KitWarnings.of(valid("kits/actions/unserved-kpi.yaml")).stream()
                        .map(p -> p.format())
                        .toList());
    }
}
