package dev.alignkit.content;

import static dev.alignkit.content.Kits.onlyProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.diagnostics.Problem;
import dev.alignkit.diagnostics.SourcePosition;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs written to make the build produce without bound, crash, or forge log lines: each is refused at its
 * position, or read into a value every output can carry.
 */
class HostileContentTest {
    @TempDir
    Path project;

    private LoadResult load(String name, String text) throws IOException {
        Path content = Files.createDirectories(project.resolve("content"));
        Path file = Files.writeString(content.resolve(name), text, StandardCharsets.UTF_8);
        return new KitLoader(content, project, KitDefaults.english()).load(file);
    }

    private static String sessionsWith(String sessionLines) {
        return "title: Kit\nsessions:\n  - title: Kick-off\n" + sessionLines;
    }

    // --- messages cannot forge log lines ---

    @Test
    void newlineInAnEchoedKeyIsEscapedSoTheMessageStaysOneLine() {
        String problem = onlyProblem("kits/broken/key-with-newline.yaml");

        assertTrue(
                problem.startsWith(
                        "kits/broken/key-with-newline.yaml:2:1: error: unknown key 'owner\\n::error file=x::pwned' in the kit;"),
                problem);
        assertEquals(1, problem.lines().count(), problem);
    }

    @Test
    void longEchoedValueIsCutWithAnEllipsis() throws IOException {
        String problem =
                onlyProblem(load("long-key.yaml", "title: Kit\n" + "k".repeat(500) + ": x\nsessions:\n  - title: A\n"));

        assertTrue(
                problem.startsWith(
                        "content/long-key.yaml:2:1: error: unknown key '" + "k".repeat(80) + "\u2026' in the kit;"),
                problem);
    }

    @Test
    void problemMessageEscapesControlCharactersWhereverTheyComeFrom() {
        Problem problem = Problem.error(new SourcePosition("content/a\nb.yaml", 1, 1), "x\r::error::y\u202E");

        assertEquals("content/a\\nb.yaml:1:1: error: x\\r::error::y\\u202E", problem.format());
    }

    // --- control characters in text ---

    @Test
    void controlCharacterInATitleIsRefusedAtItsPosition() {
        assertEquals(
                "kits/broken/control-character-in-title.yaml:3:12: error: 'title' of a session contains the control character U+0007,"
                        + " which pages and PDFs cannot show; remove it (in double quotes, remove the escape that writes it)",
                onlyProblem("kits/broken/control-character-in-title.yaml"));
    }

    @Test
    void loneSurrogateIsRefused() {
        assertEquals(
                "kits/broken/lone-surrogate-in-prompt.yaml:5:9: error: each entry of 'prompts' of a session contains the control"
                        + " character U+D800, which pages and PDFs cannot show; remove it (in double quotes, remove the escape that writes it)",
                onlyProblem("kits/broken/lone-surrogate-in-prompt.yaml"));
    }

    @Test
    void c1ControlCharacterIsRefused() {
        assertEquals(
                "kits/broken/c1-control-in-objective.yaml:4:16: error: 'objective' of a session contains the control character"
                        + " U+0085, which pages and PDFs cannot show; remove it (in double quotes, remove the escape that writes it)",
                onlyProblem("kits/broken/c1-control-in-objective.yaml"));
    }

    @Test
    void tabsNewlinesAndEmojiStayAllowed() throws IOException {
        LoadResult result =
                load("fine.yaml", sessionsWith("    objective: \"Plan\\tthe \\U0001F680 launch\\nand more\"\n"));

        assertEquals(List.of(), Kits.formatted(result));
        assertEquals(
                "Plan\tthe \uD83D\uDE80 launch\nand more",
                result.kits().get(0).sessions().get(0).objective().orElseThrow().source());
    }

    // --- numbers ---

    @Test
    void hugeExponentIsRefusedAtItsPosition() {
        assertEquals(
                "kits/broken/number-huge-exponent.yaml:5:15: error: 'target' of a KPI '1e200000000' is not valid; write a number,"
                        + " like 150 or 5.5, with at most 15 digits before the point and 6 after it",
                onlyProblem("kits/broken/number-huge-exponent.yaml"));
    }

    @Test
    void exponentBeyondTheIntegerRangeIsRefusedNotThrown() {
        assertEquals(
                "kits/broken/number-exponent-overflow.yaml:5:17: error: 'baseline' of a KPI '1e2147483648' is not valid; write a"
                        + " number, like 120 or 4.5, with at most 15 digits before the point and 6 after it",
                onlyProblem("kits/broken/number-exponent-overflow.yaml"));
    }

    @Test
    void numbersWithinTheLimitsKeepTheirValue() {
        assertEquals(Optional.of(new BigDecimal("1E+14")), KitParser.number("1e14"));
        assertEquals(
                Optional.of(new BigDecimal("123456789012345.123456")), KitParser.number("123_456_789_012_345.123456"));
        assertEquals(Optional.empty(), KitParser.number("1e15"));
        assertEquals(Optional.empty(), KitParser.number("0.0000001"));
    }

    // --- aliases, placeholders and lists that multiply text ---

    @Test
    void aliasesToOneLongTextAreCountedAndRefusedWhereTheyPassTheLimit() throws IOException {
        StringBuilder yaml = new StringBuilder("title: Kit\nsummary: &long " + "x".repeat(10_000) + "\ntags:\n");
        for (int i = 0; i < 200; i++) {
            yaml.append("  - *long\n");
        }
        yaml.append("sessions:\n  - title: A\n");

        assertEquals(
                "content/aliases.yaml:14:5: error: aliases repeat more than 100000 characters of text in all with this one;"
                        + " write the values out or use fewer '*' references",
                onlyProblem(load("aliases.yaml", yaml.toString())));
    }

    @Test
    void aMegabyteOfAliasesToOneScalarIsRefused() throws IOException {
        StringBuilder yaml = new StringBuilder("title: Kit\nsummary: &s " + "y".repeat(ReadContext.MAX_SCALAR_CHARS)
                + "\nsessions:\n" + "  - title: A\n    prompts: [");
        while (yaml.length() < YamlDocumentReader.MAX_FILE_BYTES - 100) {
            yaml.append("*s, ");
        }
        yaml.append("*s]\n");

        assertEquals(
                "content/bomb.yaml:5:35: error: aliases repeat more than 100000 characters of text in all with this one;"
                        + " write the values out or use fewer '*' references",
                onlyProblem(load("bomb.yaml", yaml.toString())));
    }

    @Test
    void fewShortAliasesStayAllowed() throws IOException {
        LoadResult result = load(
                "owners.yaml",
                "title: Kit\nowner: &pm Jane\nsessions:\n  - title: A\n    follow_up:\n"
                        + "      - item: Send notes\n        owner: *pm\n");

        assertEquals(List.of(), Kits.formatted(result));
    }

    @Test
    void placeholdersThatFillAFieldBeyondItsLimitAreRefused() throws IOException {
        String yaml = "title: Kit\nstrategy: " + "s".repeat(1_000) + "\nsessions:\n  - title: A\n    prompt: \""
                + "{strategy} ".repeat(25) + "\"\n";

        assertEquals(
                "content/expand.yaml:5:13: error: 'prompt' of a session is 25024 characters long once placeholders are filled,"
                        + " more than the limit of 20000; use fewer placeholders or shorten the text",
                onlyProblem(load("expand.yaml", yaml)));
    }

    @Test
    void placeholdersThatFillTheKitBeyondItsTextBudgetAreRefusedOnce() throws IOException {
        StringBuilder yaml = new StringBuilder("title: Kit\nstrategy: " + "s".repeat(19_990) + "\nground_rules:\n");
        for (int i = 0; i < 100; i++) {
            yaml.append("  - \"{strategy}\"\n");
        }
        yaml.append("sessions:\n  - title: A\n");

        assertEquals(
                "content/budget.yaml:103:5: error: the kit's text passes 2000000 characters here, counting filled placeholders"
                        + " and repeated aliases; shorten the kit or split it into several kits",
                onlyProblem(load("budget.yaml", yaml.toString())));
    }

    @Test
    void thirtyThousandOneLetterPromptsAreRefusedAtTheFirstOneTooMany() throws IOException {
        StringBuilder yaml = new StringBuilder("title: Kit\nsessions:\n  - title: A\n    prompts:\n");
        for (int i = 0; i < 30_000; i++) {
            yaml.append("      - a\n");
        }

        assertEquals(
                "content/prompts.yaml:105:9: error: 'prompts' of a session has 30000 entries, more than the limit of 100;"
                        + " this is entry 101. Merge entries or split the kit",
                onlyProblem(load("prompts.yaml", yaml.toString())));
    }

    @Test
    void moreThanAHundredSessionsAreRefused() throws IOException {
        StringBuilder yaml = new StringBuilder("title: Kit\nsessions:\n");
        for (int i = 1; i <= 101; i++) {
            yaml.append("  - title: S").append(i).append('\n');
        }

        assertEquals(
                "content/sessions.yaml:103:5: error: 'sessions' of the kit has 101 entries, more than the limit of 100;"
                        + " this is entry 101. Merge entries or split the kit",
                onlyProblem(load("sessions.yaml", yaml.toString())));
    }

    @Test
    void listsThatTogetherPassTheKitsEntryLimitAreRefused() throws IOException {
        StringBuilder yaml = new StringBuilder("title: Kit\nsessions:\n");
        for (int s = 1; s <= 11; s++) {
            yaml.append("  - title: S").append(s).append("\n    prompts:\n");
            for (int p = 0; p < 100; p++) {
                yaml.append("      - p\n");
            }
        }

        assertEquals(
                "content/many.yaml:923:7: error: the kit's lists hold more than 1000 entries in all with this one; split the kit"
                        + " into several kits",
                onlyProblem(load("many.yaml", yaml.toString())));
    }

    @Test
    void titleLongerThanTheNameLimitIsRefused() throws IOException {
        assertEquals(
                "content/title.yaml:3:12: error: 'title' of a session is 201 characters long, more than the limit of 200 for"
                        + " titles and names; shorten it and put the rest into the text below it",
                onlyProblem(load("title.yaml", "title: Kit\nsessions:\n  - title: " + "t".repeat(201) + "\n")));
    }

    // --- time zones every output can name ---

    @Test
    void fixedOffsetsBecomeNamedZones() throws IOException {
        for (String written : List.of("GMT+2", "\"+02:00\"", "UTC+02:00", "\"+2\"")) {
            LoadResult result = load("zone.yaml", "title: Kit\ntimezone: " + written + "\nsessions:\n  - title: A\n");
            assertEquals(List.of(), Kits.formatted(result), written);
            assertEquals(ZoneId.of("Etc/GMT-2"), result.kits().get(0).timezone(), written);
        }
        for (String written : List.of("Z", "UTC", "GMT", "\"+00:00\"", "UTC+0")) {
            LoadResult result = load("zone.yaml", "title: Kit\ntimezone: " + written + "\nsessions:\n  - title: A\n");
            assertEquals(ZoneId.of("UTC"), result.kits().get(0).timezone(), written);
        }
        assertEquals(
                ZoneId.of("Etc/GMT+5"),
                load("zone.yaml", "title: Kit\ntimezone: \"-05:00\"\nsessions:\n  - title: A\n")
                        .kits()
                        .get(0)
                        .timezone());
    }

    @Test
    void offsetWithoutANameIsRefusedAtItsPosition() {
        assertEquals(
                "kits/broken/timezone-unnamed-offset.yaml:2:11: error: 'timezone' '+05:30' is the offset +05:30, which calendars"
                        + " cannot name; write the region, e.g. Asia/Kolkata, or a whole-hour offset from -12:00 to +14:00",
                onlyProblem("kits/broken/timezone-unnamed-offset.yaml"));
    }

    // --- ids and names ---

    @Test
    void sessionTitledIndexCannotTakeTheKitPage() {
        assertEquals(
                "kits/broken/derived-reserved-session-id.yaml:3:12: error: the session title gives the page name 'index', which is"
                        + " reserved for the kit's own page; add an 'id:' such as 'id: index-session'",
                onlyProblem("kits/broken/derived-reserved-session-id.yaml"));
    }

    @Test
    void derivedSessionIdIsCutToAFileNameTheSiteCanWrite() throws IOException {
        LoadResult result = load("long.yaml", "title: Kit\nsessions:\n  - title: " + "word ".repeat(39) + "end\n");

        String id = result.kits().get(0).sessions().get(0).id();
        assertTrue(id.length() <= KitParser.MAX_SESSION_ID_CHARS, id);
        assertTrue(id.startsWith("word-word-"), id);
    }

    @Test
    void kitNameLongerThanTheLimitIsRefusedAtLoad() throws IOException {
        String name = "k".repeat(240);

        assertEquals(
                "content/" + name + ".yaml:1:1: error: the file name gives the kit id '" + "k".repeat(80)
                        + "\u2026', which is 240"
                        + " characters long, more than the limit of 100 (the site's file names are made from it); rename the file to '"
                        + "k".repeat(100) + ".yaml'",
                onlyProblem(load(name + ".yaml", "title: Kit\nsessions:\n  - title: A\n")));
    }

    @Test
    void kitFileLinkedFromOutsideTheContentFolderIsRefused() throws IOException {
        Path outside = Files.writeString(project.resolve("secret.yaml"), "title: Secret\nsessions:\n  - title: A\n");
        Path content = Files.createDirectories(project.resolve("content"));
        Path link = Files.createSymbolicLink(content.resolve("linked.yaml"), outside);

        LoadResult result = new KitLoader(content, project, KitDefaults.english()).loadAll();

        assertEquals(
                List.of("content/linked.yaml:1:1: error: the kit file is a link to " + outside.toRealPath()
                        + ", outside the content" + " folder; copy the file into content/ instead of linking it"),
                Kits.formatted(result));
        assertTrue(Files.isSymbolicLink(link));
    }
}
