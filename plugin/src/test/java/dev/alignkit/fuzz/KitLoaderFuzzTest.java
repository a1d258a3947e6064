package dev.alignkit.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.content.KitDefaults;
import dev.alignkit.content.KitLoader;
import dev.alignkit.content.LoadResult;
import dev.alignkit.diagnostics.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: whatever bytes land in content/, loading ends in kits or in positioned problems; never another
 * exception, a hang or running out of memory. Inputs are the example kits, mutated by a seeded generator so a
 * failure can be replayed. A bounded run is part of the normal tests; for a longer one:
 * {@code mvn test -Dtest=KitLoaderFuzzTest -Dalign.fuzz.iterations=200000 -Dalign.fuzz.seed=7}.
 */
class KitLoaderFuzzTest {
    private static final int ITERATIONS = Integer.getInteger("align.fuzz.iterations", 1500);
    private static final long SEED = Long.getLong("align.fuzz.seed", 20261124L);
    private static final String[] FRAGMENTS = {
        "\t",
        ": ",
        "- ",
        "*a",
        "&a ",
        "!!python/object:os.system ",
        "{",
        "}",
        "[",
        "]",
        "\"",
        "'",
        "|",
        ">",
        "---\n",
        "...\n",
        "? ",
        "{strategie}",
        "{{",
        "}}",
        "\u0000",
        "\uFEFF",
        "%YAML 1.1\n",
        "<<: *a\n",
        "!!binary ",
        "~",
        "null",
        "2027-02-30",
        "99:99",
        "+2x",
        "1h99m",
        "\n  ",
        "\n      ",
        "#",
        "@",
        "`",
        "\r\n",
        "é",
        "\uD83D\uDE00"
    };

    @TempDir
    Path content;

    @Test
    void mutatedKitsEndInKitsOrPositionedProblems() throws IOException {
        List<byte[]> seeds = seeds();
        Random random = new Random(SEED);
        KitLoader loader = new KitLoader(content, content, KitDefaults.english());
        Path file = content.resolve("fuzz.yaml");
        assertTimeoutPreemptively(Duration.ofMinutes(5), () -> {
            for (int i = 0; i < ITERATIONS; i++) {
                byte[] input = mutate(seeds.get(random.nextInt(seeds.size())), random);
                Files.write(file, input);
                LoadResult result;
                try {
                    result = loader.load(file);
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    Files.write(content.resolve("crash-" + i + ".yaml"), input);
                    throw new AssertionError("iteration " + i + " (seed " + SEED + ") crashed the loader: " + e, e);
                }
                assertTrue(
                        !result.kits().isEmpty() || result.hasErrors(),
                        "iteration " + i + ": neither a kit nor an error");
                for (Problem problem : result.problems()) {
                    assertTrue(
                            problem.position().line() >= 1 && problem.position().column() >= 1, problem.format());
                    assertFalse(problem.message().isBlank(), "iteration " + i + ": empty message");
                }
            }
        });
    }

    @Test
    void aliasBombIsRefusedWithAProblem() throws IOException {
        StringBuilder yaml = new StringBuilder(
                "a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (int i = 1; i < 12; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                yaml.append(j == 0 ? "" : ",").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        yaml.append("title: *a11\nsessions: *a11\n");
        Path file = content.resolve("bomb.yaml");
        Files.writeString(file, yaml);
        LoadResult result = assertTimeoutPreemptively(
                Duration.ofSeconds(20), () -> new KitLoader(content, content, KitDefaults.english()).load(file));
        assertTrue(result.hasErrors());
    }

    private static List<byte[]> seeds() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("../content"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                seeds.add(Files.readAllBytes(file));
            }
        }
        return seeds;
    }

    private static byte[] mutate(byte[] seed, Random random) {
        String text = new String(seed, StandardCharsets.UTF_8);
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations; m++) {
            int at = text.isEmpty() ? 0 : random.nextInt(text.length());
            text = switch (random.nextInt(6)) {
                case 0 -> text.substring(0, at) + FRAGMENTS[random.nextInt(FRAGMENTS.length)] + text.substring(at);
                case 1 -> text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(40)));
                case 2 -> swapLines(text, random);
                case 3 ->
                    text.substring(0, at)
                            + text.substring(at, Math.min(text.length(), at + random.nextInt(200)))
                                    .repeat(2)
                            + text.substring(Math.min(text.length(), at + random.nextInt(200)));
                case 4 -> text.substring(0, Math.min(text.length(), at + 1));
                default -> text;
            };
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(10) == 0 && bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    private static String swapLines(String text, Random random) {
        String[] lines = text.split("\n", -1);
        if (lines.length < 2) {
            return text;
        }
        int a = random.nextInt(lines.length);
        int b = random.nextInt(lines.length);
        String swap = lines[a];
        lines[a] = lines[b];
        lines[b] = swap;
        return String.join("\n", lines);
    }
}
