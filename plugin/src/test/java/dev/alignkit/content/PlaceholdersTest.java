package dev.alignkit.content;

import static dev.alignkit.content.Kits.onlyProblem;
import static dev.alignkit.content.Kits.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {strategy}, {title} and {owner} are filled; other braces stay as written. */
class PlaceholdersTest {
    private final Session session =
            valid("kits/valid/placeholders.yaml").sessions().get(0);

    @Test
    void strategyTitleAndOwnerAreFilled() {
        assertEquals(
                "Alignment Kit for Customer-First 2027, owned by Strategy Office.",
                session.objective().orElseThrow().source());
    }

    @Test
    void doubledBracesWriteLiteralBraces() {
        assertEquals(
                "Write {strategy} to show the placeholder.",
                session.prompts().get(0).source());
    }

    @Test
    void bracesAroundAnythingElseAreKept() {
        assertEquals(
                "Sets like {Foo} and { x } stay as written.",
                session.prompts().get(1).source());
    }

    @Test
    void strategyFillsPromptsOfTheMinimalKit() {
        assertEquals(
                List.of(
                        new Markdown(
                                "Now that you've heard about our Customer-First 2027: what questions do you have, and what is unclear?")),
                valid("kits/valid/minimal.yaml").sessions().get(0).prompts());
    }

    @Test
    void ownerPlaceholderWithoutOwnerIsReported() {
        assertEquals(
                "kits/broken/owner-placeholder-without-owner.yaml:4:29: error: placeholder {owner} has no value because "
                        + "the kit sets no 'owner'; add 'owner: ...' at the top of the kit, or write '{{owner}}' for literal braces",
                onlyProblem("kits/broken/owner-placeholder-without-owner.yaml"));
    }

    @Test
    void placeholderInTheTitleIsReported() {
        assertEquals(
                "kits/broken/placeholder-in-title.yaml:1:9: error: placeholder {strategy} cannot be used here; "
                        + "write the text out, or '{{strategy}}' for literal braces",
                onlyProblem("kits/broken/placeholder-in-title.yaml"));
    }

    @Test
    void unknownPlaceholderAfterAnEscapeIsReportedAtTheStartOfItsText() {
        assertEquals(
                "kits/broken/unknown-placeholder-after-escape.yaml:4:13: error: unknown placeholder {strategie} "
                        + "(did you mean {strategy}?); use one of {owner}, {strategy}, {title}, or write '{{strategie}}' for literal braces",
                onlyProblem("kits/broken/unknown-placeholder-after-escape.yaml"));
    }

    @Test
    void unknownPlaceholderIsReportedAtItsOwnColumnWithSuggestion() {
        assertEquals(
                "kits/broken/unknown-placeholder.yaml:5:24: error: unknown placeholder {strategie} "
                        + "(did you mean {strategy}?); use one of {owner}, {strategy}, {title}, or write '{{strategie}}' for literal braces",
                onlyProblem("kits/broken/unknown-placeholder.yaml"));
    }
}
