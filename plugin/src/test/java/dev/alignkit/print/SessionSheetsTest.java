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

/** A meeting session's run sheet, timekeeper card and note-taker sheet: written, and linked from its page only. */
class SessionSheetsTest {
    private static final String KIT = """
            title: Sheets
            ground_rules: [Be on time.]
            sessions:
              - title: Kick-off
                start_time: "10:00"
                prompts:
                  - What do we stop doing?
                agenda:
                  - title: Stop list
                    duration: 15m
                    type: decision
                    prompts: 1
                    method: think-pair-share
              - title: Pulse
                format: pulse
                prompt: How is it going?
            """;

    @TempDir
    static Path project;

    private static BuildReport report;

    @BeforeAll
    static void build() throws IOException {
        Files.writeString(Files.createDirectories(project.resolve("content")).resolve("sheets.yaml"), KIT);
        report = new SiteBuilder(BuildConfig.forProject(project)).build();
    }

    @Test
    void aMeetingSessionGetsItsThreeSheets() {
        assertTrue(report.succeeded(), report.problems().toString());
        for (String sheet : new String[] {"run-sheet", "timekeeper-card", "note-taker-sheet"}) {
            assertTrue(
                    Files.isRegularFile(project.resolve("site/facilitators/sheets/sheets-" + sheet + "-kick-off.pdf")),
                    sheet);
        }
    }

    @Test
    void aPulseGetsNoSheets() throws IOException {
        try (var files = Files.list(project.resolve("site/facilitators/sheets"))) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith("-pulse.pdf")
                    && !f.getFileName().toString().contains("handout")));
        }
    }

    @Test
    void theSessionPageLinksItsRunSheet() throws IOException {
        String page = Files.readString(project.resolve("site/facilitators/sheets/kick-off.html"));
        assertTrue(page.contains("href=\"../../facilitators/sheets/sheets-run-sheet-kick-off.pdf\""), page);
        assertTrue(page.contains(">Run sheet<"), page);
        assertTrue(page.contains("sheets-timekeeper-card-kick-off.pdf"), page);
        assertTrue(page.contains("sheets-note-taker-sheet-kick-off.pdf"), page);
    }

    @Test
    void theSessionPageShowsTheBlocksTypeMethodStepsAndPrompt() throws IOException {
        String page = Files.readString(project.resolve("site/facilitators/sheets/kick-off.html"));
        assertTrue(page.contains("class=\"block-type block-type-decision\">Decision<"), page);
        assertTrue(page.contains("Think, pair, share"), page);
        assertTrue(page.contains("Compare notes with a neighbour."), page);
        assertTrue(page.contains("href=\"#prompt-1\""), page);
    }

    @Test
    void theParticipantPageShowsTheBlocksPromptAndTypeButNotItsMethod() throws IOException {
        String page = Files.readString(project.resolve("site/sheets/participants.html"));
        assertTrue(page.contains(">Decision<"), page);
        assertTrue(page.contains("What do we stop doing?"), page);
        assertFalse(page.contains("Compare notes with a neighbour."), page);
        assertFalse(page.contains("run-sheet"), page);
    }

    @Test
    void theRunSheetCarriesTheBlocksStepsAndPrompt() throws IOException {
        String text = PrintedPages.read(
                        Files.readAllBytes(project.resolve("site/facilitators/sheets/sheets-run-sheet-kick-off.pdf")))
                .text()
                .replaceAll("\\s+", " ");
        assertTrue(text.contains("What do we stop doing?"), text);
        assertTrue(text.contains("Compare notes with a neighbour."), text);
        assertTrue(text.contains("10:00"), text);
    }
}
