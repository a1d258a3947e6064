package dev.alignkit.content;

import static dev.alignkit.content.Kits.RESOURCES;
import static dev.alignkit.content.Kits.onlyProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The content folder: one kit per YAML file, named by the file. */
class KitLoaderTest {

    private static LoadResult loadAll(String folder) {
        return new KitLoader(RESOURCES.resolve(folder), RESOURCES, KitDefaults.english()).loadAll();
    }

    @Test
    void loadAllReportsTheProblemsOfEveryFile() {
        LoadResult result = loadAll("kits/two-broken");

        assertEquals(
                List.of(
                        "kits/two-broken/alpha.yaml:1:1: error: missing required key 'sessions' in the kit; add 'sessions: ...'",
                        "kits/two-broken/beta.yaml:4:13: error: 'format' of a session 'webinar' is not valid; "
                                + "write one of pulse, meeting, workshop, alignment-day"),
                Kits.formatted(result));
        assertEquals(List.of(), result.kits());
    }

    @Test
    void loadAllLoadsEveryValidKitInFileOrder() {
        LoadResult result = loadAll("kits/valid");

        assertEquals(List.of(), result.problems());
        assertEquals(
                List.of(
                        "agenda",
                        "audience",
                        "defaults",
                        "durations",
                        "full",
                        "literal-tilde",
                        "minimal",
                        "placeholders",
                        "pulse-window",
                        "scorecard-defaults",
                        "session-place",
                        "tasks"),
                result.kits().stream().map(Kit::id).toList());
    }

    @Test
    void fileNameThatIsNotASlugIsRefusedWithARenameSuggestion() {
        assertEquals(
                "kits/names/My Kit.yaml:1:1: error: the file name gives the kit id 'My Kit', which must be lower-case "
                        + "letters, digits and single hyphens and not one of [assets, schema, index, 404, facilitators, methods]; rename the file to 'my-kit.yaml'",
                onlyProblem("kits/names/My Kit.yaml"));
    }

    @Test
    void fileNameThatIsAReservedIdIsRefusedWithARenameSuggestion() {
        assertEquals(
                "kits/names/index.yaml:1:1: error: the file name gives the kit id 'index', which must be lower-case "
                        + "letters, digits and single hyphens and not one of [assets, schema, index, 404, facilitators, methods]; rename the file to 'index-kit.yaml'",
                onlyProblem("kits/names/index.yaml"));
    }

    @Test
    void aKitCannotTakeTheFacilitatorFoldersName() {
        assertEquals(
                "kits/names/facilitators.yaml:1:1: error: the file name gives the kit id 'facilitators', which must be lower-case "
                        + "letters, digits and single hyphens and not one of [assets, schema, index, 404, facilitators, methods]; rename the file to 'facilitators-kit.yaml'",
                onlyProblem("kits/names/facilitators.yaml"));
    }

    @Test
    void sameKitIdFromYamlAndYmlIsReported() {
        LoadResult result = loadAll("kits/same-id");

        assertEquals(
                List.of("kits/same-id/foo.yml:1:1: error: kit id 'foo' is already taken by kits/same-id/foo.yaml; "
                        + "rename one of the two files"),
                Kits.formatted(result));
    }
}
