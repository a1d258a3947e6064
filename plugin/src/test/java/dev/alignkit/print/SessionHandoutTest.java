package dev.alignkit.print;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.engine.BuildConfig;
import dev.alignkit.engine.BuildReport;
import dev.alignkit.engine.SiteBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A participant handout per session: this session only, linked from its page; the whole-series handout stays. */
class SessionHandoutTest {
    private static final String KIT = """
            title: Series
            invitation: Four questions over seven weeks.
            summary: This kit gives you, the facilitator, a plan.
            sessions:
              - title: Week one
                brief: We collect what is unclear.
                prompt: What is unclear about the plan?
                tips: [Answer nothing inside the tool.]
              - title: Week three
                prompt: Which of the answers to week one worries you most?
            """;

    @TempDir
    static Path project;

    private static BuildReport report;

    @BeforeAll
    static void build() throws IOException {
        Files.writeString(Files.createDirectories(project.resolve("content")).resolve("series.yaml"), KIT);
        report = new SiteBuilder(BuildConfig.forProject(project)).build();
    }

    private static String handoutText(String sessionId) throws IOException {
        return PrintedPages.read(
                        Files.readAllBytes(project.resolve("site/series/series-handout-" + sessionId + ".pdf")))
                .text();
    }

    @Test
    void eachSessionHasAHandoutWithItsOwnPromptOnly() throws IOException {
        assertTrue(report.succeeded(), report.problems().toString());
        String first = handoutText("week-one");
        assertTrue(first.contains("What is unclear about the plan?"), first);
        assertFalse(first.contains("Which of the answers"), first);
        String second = handoutText("week-three");
        assertTrue(second.contains("Which of the answers to week one"), second);
        assertFalse(second.contains("What is unclear about the plan?"), second);
    }

    @Test
    void theFirstSessionsHandoutOpensWithTheInvitationAndLaterOnesDoNot() throws IOException {
        assertTrue(handoutText("week-one").contains("Four questions over seven weeks."));
        assertFalse(handoutText("week-three").contains("Four questions over seven weeks."));
    }

    @Test
    void aSessionHandoutCarriesTheBriefAndNothingForFacilitators() throws IOException {
        String first = handoutText("week-one");
        assertTrue(first.contains("We collect what is unclear."), first);
        assertFalse(first.contains("Answer nothing inside the tool"), first);
        assertFalse(first.contains("This kit gives you"), first);
    }

    @Test
    void eachSessionPageLinksItsOwnHandout() throws IOException {
        String page = Files.readString(project.resolve("site/facilitators/series/week-one.html"));
        assertTrue(page.contains("href=\"../../series/series-handout-week-one.pdf\""), page);
        assertTrue(page.contains("Handout for this session"), page);
        assertFalse(page.contains("series-handout-week-three.pdf"), page);
    }

    @Test
    void theWholeSeriesHandoutStays() {
        assertTrue(Files.isRegularFile(project.resolve("site/series/series-participant-handout.pdf")));
    }
}
