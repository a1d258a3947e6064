package dev.alignkit.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.diagnostics.Problem;
import dev.alignkit.render.Theme;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Agenda blocks that carry their work: a type, the prompts they work on (the session's, by number, or their own) and a
 * method, named from the theme's or the project's methods ({@code content/methods/}) or written in the block.
 */
class AgendaBlocksTest {
    private static LoadResult load(String folder, String kit) {
        Path content = Kits.RESOURCES.resolve(folder);
        return new KitLoader(
                        content,
                        Kits.RESOURCES,
                        KitDefaults.english(),
                        AttachmentResolver.DEFAULT_MAX_BYTES,
                        () -> new Theme(Optional.empty()).methodFiles())
                .load(content.resolve(kit));
    }

    private static List<AgendaItem> blocks() {
        LoadResult result = load("kits/blocks", "blocks.yaml");
        assertEquals(List.of(), Kits.formatted(result));
        return result.kits().get(0).sessions().get(0).agenda();
    }

    private static List<String> problems(String folder, String kit) {
        return Kits.formatted(load(folder, kit));
    }

    @Test
    void aNumberNamesTheSessionsPromptOfThatNumber() {
        assertEquals(
                List.of(new BlockPrompt(Optional.of(2), new Markdown("What will we change?"))),
                blocks().get(0).prompts());
    }

    @Test
    void textIsAPromptOfTheBlocksOwnBesideNumberedOnes() {
        assertEquals(
                List.of(
                        new BlockPrompt(Optional.of(1), new Markdown("What worked?")),
                        new BlockPrompt(Optional.empty(), new Markdown("Who else should know?"))),
                blocks().get(1).prompts());
    }

    @Test
    void aBlockSaysWhatItIsFor() {
        assertEquals(
                List.of(Optional.of(BlockType.DISCUSSION), Optional.empty(), Optional.of(BlockType.DECISION)),
                blocks().subList(0, 3).stream().map(AgendaItem::type).toList());
    }

    @Test
    void aProjectMethodIsNamedByItsFileName() {
        Method method = blocks().get(0).method().orElseThrow();
        assertEquals(Optional.of("quick-round"), method.id());
        assertEquals("Quick round", method.name());
        assertEquals(Optional.of(GroupForm.PLENARY), method.group());
        assertEquals(
                List.of(
                        new MethodStep(
                                Duration.ofMinutes(2),
                                new Markdown("Everyone notes one point."),
                                Optional.of(GroupForm.ALONE)),
                        new MethodStep(
                                Duration.ofMinutes(8),
                                new Markdown("Each person gives their point in turn."),
                                Optional.empty())),
                method.steps());
        assertEquals(List.of(new Markdown("A talking stick")), method.materials());
    }

    @Test
    void theThemeShipsMethodsThatAKitCanName() {
        Method method = blocks().get(1).method().orElseThrow();
        assertEquals(Optional.of("think-pair-share"), method.id());
        assertEquals(Duration.ofMinutes(15), method.stepsTotal());
    }

    @Test
    void aProjectMethodReplacesTheThemesMethodOfTheSameId() {
        assertEquals(
                "Our own dot voting", blocks().get(2).method().orElseThrow().name());
    }

    @Test
    void aMethodMayBeWrittenInTheBlock() {
        Method method = blocks().get(3).method().orElseThrow();
        assertEquals(Optional.empty(), method.id());
        assertEquals(Optional.of(GroupForm.TABLES), method.group());
        assertEquals(Optional.of(new Markdown("Stand at the tables.")), method.setup());
    }

    @Test
    void stepsThatLeaveMoreThanAThirdOfTheBlockUnplannedAreAWarning() {
        LoadResult result = load("kits/blocks", "warnings.yaml");
        assertEquals(1, result.kits().size());
        assertEquals(
                List.of("kits/blocks/warnings.yaml:7:17: warning: the steps of method 'quick-round' take 10m of this"
                        + " item's 30m, leaving more than a third of it unplanned; shorten 'duration' to 10m or add a"
                        + " step for the rest"),
                Kits.formatted(result));
    }

    @Test
    void anUnknownMethodIsAnErrorWithTheClosestId() {
        assertTrue(
                problems("kits/broken-methods", "kit.yaml")
                        .contains("kits/broken-methods/kit.yaml:9:17: error: unknown method 'dot-votng' (did you mean"
                                + " 'dot-voting'?); name a method of content/methods/ or of the theme (dot-voting,"
                                + " fishbowl, round-of-the-table, silent-brainwriting, think-pair-share), or write the"
                                + " method here with 'name:' and 'steps:'"),
                () -> String.join("\n", problems("kits/broken-methods", "kit.yaml")));
    }

    @Test
    void stepsLongerThanTheBlockAreAnError() {
        assertTrue(problems("kits/broken-methods", "kit.yaml")
                .contains("kits/broken-methods/kit.yaml:12:17: error: the steps of method 'think-pair-share' take 15m,"
                        + " longer than this item's 10m; raise 'duration' to 15m or shorten the steps"));
    }

    @Test
    void aPromptNumberTheSessionDoesNotHaveIsAnError() {
        assertTrue(problems("kits/broken-methods", "kit.yaml")
                .contains("kits/broken-methods/kit.yaml:15:18: error: 'prompts' of an agenda item names prompt 3, but"
                        + " the session has 1 prompt; write a number from 1 to 1, or the question itself in quotes"));
    }

    @Test
    void anUnknownTypeIsAnError() {
        assertTrue(problems("kits/broken-methods", "kit.yaml")
                .contains("kits/broken-methods/kit.yaml:18:15: error: 'type' of an agenda item 'chat' is not valid;"
                        + " write one of information, discussion, decision"));
    }

    @Test
    void aBreakHasNoMethod() {
        assertTrue(problems("kits/broken-methods", "kit.yaml")
                .contains("kits/broken-methods/kit.yaml:20:17: error: a break has no 'method'; remove it, or make this"
                        + " a block with 'title:' and 'duration:' instead of 'break:'"));
    }

    @Test
    void aBrokenMethodFileIsReportedAtItsOwnPositions() {
        List<String> problems = problems("kits/broken-methods", "kit.yaml");
        assertTrue(
                problems.contains("kits/broken-methods/methods/no-steps.yaml:2:8: error: 'group' of the method"
                        + " 'no-steps' 'crowd' is not valid; write one of alone, pairs, small-groups, tables, plenary"),
                () -> String.join("\n", problems));
        assertTrue(problems.contains("kits/broken-methods/methods/no-steps.yaml:1:1: error: missing required key"
                + " 'steps' in the method 'no-steps'; add 'steps: ...'"));
    }

    @Test
    void aMethodFileNameMustBeAnId() {
        assertTrue(problems("kits/broken-methods", "kit.yaml")
                .contains("kits/broken-methods/methods/Bad Name.yaml:1:1: error: the file name gives the method id"
                        + " 'Bad Name', which must be lower-case letters, digits and single hyphens; rename the file to"
                        + " 'bad-name.yaml'"));
    }

    @Test
    void noKitMayBeNamedAfterTheMethodsFolder() {
        List<String> problems = problems("kits/broken-methods", "methods.yaml");
        assertTrue(
                problems.stream()
                        .anyMatch(p -> p.startsWith("kits/broken-methods/methods.yaml:1:1: error: the file"
                                + " name gives the kit id 'methods'")),
                () -> String.join("\n", problems));
    }

    @Test
    void everyProblemIsAProblemNotAnException() {
        assertTrue(load("kits/broken-methods", "kit.yaml").problems().stream().allMatch(Problem::isError));
    }
}
