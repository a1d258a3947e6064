package dev.alignkit.content;

import static dev.alignkit.content.Kits.onlyProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Kits that break the content format fail with the file, line, column, what is wrong and how to fix it. */
class BrokenKitTest {

    private static String beforeAllowedKeys(String problem) {
        int end = problem.indexOf("; allowed keys are ");
        assertTrue(end > 0, problem);
        return problem.substring(0, end);
    }

    @Test
    void unknownKeyIsReportedWithSuggestion() {
        String problem = onlyProblem("kits/broken/unknown-key.yaml");

        assertEquals(
                "kits/broken/unknown-key.yaml:3:1: error: unknown key 'groud_rules' in the kit (did you mean 'ground_rules'?)",
                beforeAllowedKeys(problem));
        assertTrue(problem.endsWith("; allowed keys are " + String.join(", ", KitParser.KIT_KEYS)), problem);
    }

    @Test
    void unknownKeyInSessionIsReportedWithSuggestion() {
        assertEquals(
                "kits/broken/unknown-key-in-session.yaml:4:5: error: unknown key 'promt' in a session (did you mean 'prompt'?)",
                beforeAllowedKeys(onlyProblem("kits/broken/unknown-key-in-session.yaml")));
    }

    @Test
    void unknownKeyInAgendaItemIsReportedWithSuggestion() {
        assertEquals(
                "kits/broken/unknown-key-in-agenda-item.yaml:7:9: error: unknown key 'leed' in an agenda item "
                        + "(did you mean 'lead'?); allowed keys are title, duration, lead, notes, break, type, prompts, method, review_actions",
                onlyProblem("kits/broken/unknown-key-in-agenda-item.yaml"));
    }

    @Test
    void aSessionMayNotTakeTheNameOfTheParticipantPage() {
        assertEquals(
                "kits/broken/participants-session-id.yaml:3:12: error: the session title gives the page name 'participants', which is"
                        + " reserved for the kit's own page; add an 'id:' such as 'id: participants-session'",
                onlyProblem("kits/broken/participants-session-id.yaml"));
    }

    @Test
    void missingTitleIsReported() {
        assertEquals(
                "kits/broken/missing-title.yaml:1:1: error: missing required key 'title' in the kit; add 'title: ...'",
                onlyProblem("kits/broken/missing-title.yaml"));
    }

    @Test
    void nullTitleIsMissing() {
        assertEquals(
                "kits/broken/null-title.yaml:1:1: error: missing required key 'title' in the kit; add 'title: ...'",
                onlyProblem("kits/broken/null-title.yaml"));
    }

    @Test
    void quotedTildeIsText() {
        assertEquals(
                java.util.Optional.of("~"),
                Kits.valid("kits/valid/literal-tilde.yaml").owner());
    }

    @Test
    void missingSessionsAreReported() {
        assertEquals(
                "kits/broken/missing-sessions.yaml:1:1: error: missing required key 'sessions' in the kit; add 'sessions: ...'",
                onlyProblem("kits/broken/missing-sessions.yaml"));
    }

    @Test
    void emptySessionsListIsReported() {
        assertEquals(
                "kits/broken/empty-sessions.yaml:2:11: error: 'sessions' is empty; a kit needs at least one session",
                onlyProblem("kits/broken/empty-sessions.yaml"));
    }

    @Test
    void emptySessionsListIsReportedNextToOtherProblems() {
        assertEquals(
                java.util.List.of(
                        "kits/broken/empty-sessions-and-missing-title.yaml:1:1: error: missing required key 'title' in the kit; add 'title: ...'",
                        "kits/broken/empty-sessions-and-missing-title.yaml:2:11: error: 'sessions' is empty; a kit needs at least one session"),
                Kits.formatted(Kits.load("kits/broken/empty-sessions-and-missing-title.yaml")));
    }

    @Test
    void sessionWrittenAsTextIsReportedWithTheFormToUse() {
        assertEquals(
                "kits/broken/session-as-text.yaml:3:5: error: a session must be a mapping of keys (title, id, week, ...), "
                        + "not text; write it as 'key: value' lines, like 'title: ...'",
                onlyProblem("kits/broken/session-as-text.yaml"));
    }

    @Test
    void duplicateKeyIsReportedWithTheFirstLine() {
        assertEquals(
                "kits/broken/duplicate-key.yaml:4:1: error: duplicate key 'title' in the kit (first at line 1); keep only one of them",
                onlyProblem("kits/broken/duplicate-key.yaml"));
    }

    @Test
    void duplicateExplicitSessionIdIsReported() {
        assertEquals(
                "kits/broken/duplicate-session-id.yaml:5:5: error: session id 'start' is already used by the session at line 3; "
                        + "give this session its own 'id:'",
                onlyProblem("kits/broken/duplicate-session-id.yaml"));
    }

    @Test
    void duplicateSessionIdFromSluggedTitlesIsReported() {
        assertEquals(
                "kits/broken/duplicate-slugged-title.yaml:4:5: error: session id 'kick-off' is already used by the session at line 3; "
                        + "give this session its own 'id:'",
                onlyProblem("kits/broken/duplicate-slugged-title.yaml"));
    }

    @Test
    void invalidSessionIdIsReportedWithASlugToUse() {
        assertEquals(
                "kits/broken/invalid-session-id.yaml:4:9: error: session id 'Kick Off' may hold only lower-case letters, "
                        + "digits and single hyphens; write e.g. 'kick-off'",
                onlyProblem("kits/broken/invalid-session-id.yaml"));
    }

    @Test
    void reservedSessionIdIsRefused() {
        assertEquals(
                "kits/broken/reserved-session-id.yaml:4:9: error: session id 'index' is reserved for the kit's own page; "
                        + "choose another id",
                onlyProblem("kits/broken/reserved-session-id.yaml"));
    }

    @Test
    void unknownFormatIsReportedWithTheAllowedValues() {
        assertEquals(
                "kits/broken/bad-format.yaml:4:13: error: 'format' of a session 'webinar' is not valid; "
                        + "write one of pulse, meeting, workshop, alignment-day",
                onlyProblem("kits/broken/bad-format.yaml"));
    }

    @Test
    void unknownImpactIsReportedWithTheAllowedValues() {
        assertEquals(
                "kits/broken/bad-impact.yaml:4:13: error: 'impact' of a stakeholder 'huge' is not valid; "
                        + "write high, medium or low",
                onlyProblem("kits/broken/bad-impact.yaml"));
    }

    @Test
    void listWhereTextBelongsIsReported() {
        assertEquals(
                "kits/broken/list-for-text.yaml:3:3: error: 'owner' of the kit must be text, not a list; "
                        + "write it on one line after the colon, or use '|' for several lines",
                onlyProblem("kits/broken/list-for-text.yaml"));
    }

    @Test
    void textWhereListBelongsIsReported() {
        assertEquals(
                "kits/broken/text-for-list.yaml:2:15: error: 'ground_rules' of the kit must be a list, not text; "
                        + "put each entry on its own line starting with '- '",
                onlyProblem("kits/broken/text-for-list.yaml"));
    }

    @Test
    void unknownTimezoneIsReportedWithSuggestion() {
        assertEquals(
                "kits/broken/unknown-timezone.yaml:2:11: error: 'timezone' 'Europe/Berln' is not an IANA time zone "
                        + "(did you mean 'Europe/Berlin'?); write e.g. Europe/Berlin or America/New_York",
                onlyProblem("kits/broken/unknown-timezone.yaml"));
    }

    @Test
    void invalidLanguageTagIsReported() {
        assertEquals(
                "kits/broken/invalid-language.yaml:2:11: error: 'language' 'en_US' is not a BCP 47 language tag; "
                        + "write e.g. en, de, fr-CH",
                onlyProblem("kits/broken/invalid-language.yaml"));
    }

    @Test
    void languageNameInsteadOfTagIsReported() {
        assertEquals(
                "kits/broken/language-name.yaml:2:11: error: 'language' 'English' is not a BCP 47 language tag; "
                        + "write e.g. en, de, fr-CH",
                onlyProblem("kits/broken/language-name.yaml"));
    }

    @Test
    void promptAndPromptsTogetherAreRefused() {
        assertEquals(
                "kits/broken/prompt-and-prompts.yaml:4:13: error: a session has either 'prompt' or 'prompts', not both; "
                        + "move this prompt into the 'prompts' list",
                onlyProblem("kits/broken/prompt-and-prompts.yaml"));
    }

    @Test
    void breakWithDurationIsRefused() {
        assertEquals(
                "kits/broken/break-with-duration.yaml:6:19: error: a break takes its length from 'break'; remove 'duration' here",
                onlyProblem("kits/broken/break-with-duration.yaml"));
    }

    @Test
    void phaseWithoutChecklistIsRefused() {
        assertEquals(
                "kits/broken/phase-without-checklist.yaml:3:5: error: missing required key 'checklist' in a phase; "
                        + "add 'checklist: ...'",
                onlyProblem("kits/broken/phase-without-checklist.yaml"));
    }

    @Test
    void fileHoldingAListInsteadOfAMappingIsRefused() {
        assertEquals(
                "kits/broken/list-instead-of-mapping.yaml:1:1: error: a kit file must hold a mapping with keys such as "
                        + "'title:' and 'sessions:', not a list; start each top-level key at the beginning of a line, like 'title: My kit'",
                onlyProblem("kits/broken/list-instead-of-mapping.yaml"));
    }

    @Test
    void fileWithOnlyCommentsIsRefused() {
        assertEquals(
                "kits/broken/only-comments.yaml:1:1: error: file is empty; a kit needs at least 'title:' and 'sessions:'",
                onlyProblem("kits/broken/only-comments.yaml"));
    }

    @Test
    void unclosedQuoteIsReportedWhereTheQuoteOpens() {
        assertEquals(
                "kits/broken/unclosed-quote.yaml:1:8: error: invalid YAML: found unexpected end of stream "
                        + "(while scanning a quoted scalar); check indentation, colons and quotes around this point",
                onlyProblem("kits/broken/unclosed-quote.yaml"));
    }

    @Test
    void allProblemsOfAFileAreReportedTogetherInLineOrder() {
        assertEquals(
                java.util.List.of(
                        "kits/broken/three-problems.yaml:4:11: error: 'week' of a session '0' is not valid; "
                                + "write the week of the programme as a whole number from 1",
                        "kits/broken/three-problems.yaml:5:13: error: 'format' of a session 'webinar' is not valid; "
                                + "write one of pulse, meeting, workshop, alignment-day",
                        "kits/broken/three-problems.yaml:8:19: error: 'duration' of an agenda item 'soon' is not valid; "
                                + "write minutes (45) or hours and minutes (10m, 1h, 1h30m)"),
                Kits.formatted(Kits.load("kits/broken/three-problems.yaml")));
    }
}
