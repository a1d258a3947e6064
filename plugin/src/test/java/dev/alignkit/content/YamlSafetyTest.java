package dev.alignkit.content;

import static dev.alignkit.content.Kits.onlyProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs a kit never needs (and that could hurt the build) are refused with a problem, never an exception. */
class YamlSafetyTest {
    @TempDir
    Path project;

    private LoadResult load(String name, byte[] bytes) throws IOException {
        Path content = Files.createDirectories(project.resolve("content"));
        Path file = Files.write(content.resolve(name), bytes);
        return new KitLoader(content, project, KitDefaults.english()).load(file);
    }

    private LoadResult load(String name, String text) throws IOException {
        return load(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        assertEquals(
                "content/empty.yaml:1:1: error: file is empty; a kit needs at least 'title:' and 'sessions:'",
                onlyProblem(load("empty.yaml", "")));
    }

    @Test
    void invalidUtf8IsReportedAtTheBadByte() throws IOException {
        byte[] latin1 = "title: Kit\nowner: M\u00fcller\nsessions:\n  - title: Kick-off\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertEquals(
                "content/latin1.yaml:2:9: error: invalid UTF-8 byte sequence; save the file as UTF-8",
                onlyProblem(load("latin1.yaml", latin1)));
    }

    @Test
    void typedReplacementCharacterIsAccepted() throws IOException {
        LoadResult result = load("replacement.yaml", "title: Kit \uFFFD\nsessions:\n  - title: Kick-off\n");

        assertEquals(List.of(), result.problems());
        assertEquals("Kit \uFFFD", result.kits().get(0).title());
    }

    @Test
    void byteOrderMarkIsAccepted() throws IOException {
        LoadResult result = load("bom.yaml", "\uFEFFtitle: Kit\nsessions:\n  - title: Kick-off\n");

        assertEquals(List.of(), result.problems());
        assertEquals("Kit", result.kits().get(0).title());
    }

    @Test
    void tabIndentationIsReportedAtTheTab() throws IOException {
        assertEquals(
                "content/tabs.yaml:4:3: error: tab used for indentation; YAML allows only spaces, so replace the tab with spaces",
                onlyProblem(load("tabs.yaml", "title: Kit\nsessions:\n  - title: Kick-off\n  \tformat: pulse\n")));
    }

    @Test
    void tabsOnSeveralLinesAreAllReported() throws IOException {
        List<String> problems =
                Kits.formatted(load("tabs.yaml", "title: Kit\nsessions:\n\t- title: Kick-off\n\t\tformat: pulse\n"));

        assertEquals(
                List.of(
                        "content/tabs.yaml:3:1: error: tab used for indentation; YAML allows only spaces, so replace the tab with spaces",
                        "content/tabs.yaml:4:1: error: tab used for indentation; YAML allows only spaces, so replace the tab with spaces"),
                problems);
    }

    @Test
    void tabsInsideBlockTextAreKept() throws IOException {
        LoadResult result =
                load("block.yaml", "title: Kit\nsummary: |\n  Steps:\n  \tone\nsessions:\n  - title: Kick-off\n");

        assertEquals(List.of(), result.problems());
        assertEquals(
                "Steps:\n\tone", result.kits().get(0).summary().orElseThrow().source());
    }

    @Test
    void aliasBombIsRefused() throws IOException {
        StringBuilder bomb =
                new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            String previous = "*" + (char) (c - 1);
            bomb.append(c)
                    .append(": &")
                    .append(c)
                    .append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, previous)))
                    .append("]\n");
        }

        assertEquals(
                "content/bomb.yaml:7:23: error: too many aliases (more than 50 '*' references to lists or mappings); "
                        + "a kit needs few or no aliases, write the values out",
                onlyProblem(load("bomb.yaml", bomb.toString())));
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() throws IOException {
        String deep = "title: Kit\ntags: " + "[".repeat(40) + "]".repeat(40) + "\n";

        assertEquals(
                "content/deep.yaml:2:36: error: nesting is too deep (more than 30 levels); a kit needs only a few levels",
                onlyProblem(load("deep.yaml", deep)));
    }

    @Test
    void overLongScalarIsRefused() throws IOException {
        String yaml = "title: Kit\nsummary: " + "a".repeat(ReadContext.MAX_SCALAR_CHARS + 1)
                + "\nsessions:\n  - title: Kick-off\n";

        assertEquals(
                "content/long.yaml:2:10: error: 'summary' of the kit is 20001 characters long, more than the limit of 20000; "
                        + "shorten it or move it into an attachment",
                onlyProblem(load("long.yaml", yaml)));
    }

    @Test
    void fileOverOneMebibyteIsRefused() throws IOException {
        String yaml = "title: Kit\nsessions:\n  - title: Kick-off\n";
        String padding = "#".repeat(YamlDocumentReader.MAX_FILE_BYTES - yaml.length()) + "\n";

        assertEquals(
                "content/huge.yaml:1:1: error: file is 1025 KiB, more than the limit of 1024 KiB; "
                        + "split the kit or move long texts into attachments",
                onlyProblem(load("huge.yaml", yaml + padding)));
    }

    @Test
    void misindentedKeyIsASyntaxErrorAtItsPosition() throws IOException {
        assertEquals(
                "content/indent.yaml:4:3: error: invalid YAML: expected the end of the indented block, but found a key "
                        + "(while parsing a block collection started at line 3, column 3); check indentation, colons and quotes around this point",
                onlyProblem(load("indent.yaml", "title: Kit\nsessions:\n  - title: Kick-off\n  format: pulse\n")));
    }

    @Test
    void moreThanAHundredProblemsAreCappedWithAFinalLine() throws IOException {
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i <= 120; i++) {
            yaml.append("key").append(i).append(": x\n");
        }

        List<String> problems = Kits.formatted(load("noisy.yaml", yaml.toString()));

        assertEquals(101, problems.size());
        assertTrue(
                problems.get(0).startsWith("content/noisy.yaml:1:1: error: unknown key 'key1' in the kit"),
                problems.get(0));
        assertTrue(
                problems.get(99).startsWith("content/noisy.yaml:100:1: error: unknown key 'key100' in the kit"),
                problems.get(99));
        assertEquals(
                "content/noisy.yaml:1:1: error: 22 more problems not shown; fix the ones above and run again",
                problems.get(100));
    }
}
