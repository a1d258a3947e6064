package dev.alignkit.artifact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.engine.BuildConfig;
import dev.alignkit.engine.BuildReport;
import dev.alignkit.engine.SiteBuilder;
import dev.alignkit.site.SiteLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each session's run page, as the build writes it from {@code kits/run/weekly.yaml}. */
class RunPagesTest {
    @TempDir
    static Path project;

    private static BuildReport report;

    @BeforeAll
    static void build() throws IOException {
        Path content = Files.createDirectories(project.resolve("content"));
        Path fixture = Path.of("src/test/resources/kits/run");
        Files.copy(fixture.resolve("weekly.yaml"), content.resolve("weekly.yaml"));
        Files.createDirectories(content.resolve("weekly"));
        Files.copy(fixture.resolve("weekly/plan.md"), content.resolve("weekly/plan.md"));
        report = new SiteBuilder(BuildConfig.forProject(project).withPdf(false)).build();
    }

    private static Document page(String path) throws IOException {
        assertTrue(report.succeeded(), () -> report.problems().toString());
        return Jsoup.parse(project.resolve("site").resolve(path).toFile(), "UTF-8");
    }

    private static Document run(String session) throws IOException {
        return page(SiteLayout.runPage("weekly", session));
    }

    @Test
    void everySessionPageLinksItsRunPage() throws IOException {
        for (String session : List.of("kick-off", "question-round", "open-hour", "reading")) {
            Element link = page(SiteLayout.sessionPage("weekly", session)).selectFirst(".run-link a");
            assertEquals("Run this session", link.text());
            assertEquals("../../" + SiteLayout.runPage("weekly", session), link.attr("href"));
            assertTrue(Files.isRegularFile(project.resolve("site").resolve(SiteLayout.runPage("weekly", session))));
        }
    }

    @Test
    void aMeetingsBlocksCarryTheirPlannedMinutesAndClockTimes() throws IOException {
        List<Element> blocks = run("kick-off").select("[data-block]");
        assertEquals(
                List.of("5", "10", "75"),
                blocks.stream().map(b -> b.attr("data-minutes")).toList());
        assertEquals(
                List.of("09:00", "09:05", "09:15"),
                blocks.stream().map(b -> b.attr("data-planned-start")).toList());
        assertEquals("10:30", blocks.get(2).attr("data-planned-end"));
        assertEquals("90", run("kick-off").selectFirst("[data-run]").attr("data-minutes"));
    }

    @Test
    void theRunStateIsKeptPerKitAndSession() throws IOException {
        assertEquals(
                "alignkit-run:weekly/kick-off",
                run("kick-off").selectFirst("main").attr("data-run"));
    }

    /** The rule until agenda items name their own prompts: every block but a break shows the session's. */
    @Test
    void everyBlockButABreakShowsTheSessionsPromptsWrittenOnce() throws IOException {
        Document page = run("kick-off");
        assertEquals(
                List.of(true, false, true),
                page.select("[data-block]").stream()
                        .map(b -> b.selectFirst("[data-session-prompts]") != null)
                        .toList());
        assertEquals(1, page.select("[data-shared-prompts]").size());
        assertEquals(
                List.of("What must we decide today?", "Who is missing?"),
                page.select("[data-shared-prompts] li").eachText());
    }

    @Test
    void facilitatorMaterialIsMarkedForThePresenterOnly() throws IOException {
        Element first = run("kick-off").selectFirst("[data-block]");
        assertTrue(first.selectFirst(".facilitator-only .run-notes").text().endsWith("is on the wall."));
        assertTrue(first.selectFirst(".facilitator-only .run-lead").text().contains("Host"));
    }

    /** A relative link in the kit's Markdown leads from the run page where it leads from the session page. */
    @Test
    void aLinkInANoteLeadsToTheKitsFile() throws IOException {
        Element link = run("kick-off").selectFirst(".run-notes a");
        assertEquals("files/weekly/plan.md", link.attr("href"));
        assertTrue(
                Files.isRegularFile(project.resolve("site/facilitators/weekly").resolve(link.attr("href"))));
    }

    /** Hostile content: a title that closes a script or opens a tag stays text, in the page and in its attributes. */
    @Test
    void aTitleThatClosesAScriptStaysText() throws IOException {
        Path file = project.resolve("site").resolve(SiteLayout.runPage("weekly", "kick-off"));
        String html = Files.readString(file);
        assertFalse(html.contains("</script><script>alert(1)"), "the title is escaped");
        assertEquals(1, Jsoup.parse(html).select("script").size(), "run.js is the page's only script");
        assertTrue(Jsoup.parse(html).select("script").first().attr("src").endsWith("assets/run.js"));
        assertEquals(
                "</script><script>alert(1)</script> & <b>bold</b>",
                run("kick-off").select("[data-block-title]").get(2).text());
    }

    @Test
    void aPulseShowsItsOpenWindowPromptAndLaunchChecklistInsteadOfATimer() throws IOException {
        Document page = run("question-round");
        assertTrue(page.select("[data-block], [data-countdown]").isEmpty(), "no timer");
        assertEquals(List.of("Opens", "Closes"), page.select(".run-window dt").eachText());
        assertEquals(
                "Week 2 · Jan 10, 2028", page.select(".run-window dd").get(0).text());
        assertEquals("Jan 23, 2028", page.select(".run-window dd").get(1).text(), "the day before the next session");
        assertEquals(List.of("What is unclear?"), page.select(".run-prompts li").eachText());
        assertEquals(
                List.of("Launch message from the sponsor", "The strategy on a page"),
                page.select(".run-checklist label").eachText());
    }

    @Test
    void aMeetingWithALengthButNoAgendaIsOneBlock() throws IOException {
        List<Element> blocks = run("open-hour").select("[data-block]");
        assertEquals(1, blocks.size());
        assertEquals("60", blocks.get(0).attr("data-minutes"));
        assertEquals(
                "Open hour", blocks.get(0).selectFirst("[data-block-title]").text());
    }

    @Test
    void aMeetingWithNeitherAgendaNorLengthShowsItsPromptsWithoutATimer() throws IOException {
        Document page = run("reading");
        assertTrue(page.select("[data-block], [data-countdown]").isEmpty());
        assertEquals(
                List.of("What did you read?"),
                page.select(".run-untimed .run-prompts li").eachText());
    }
}
