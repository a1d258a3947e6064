package dev.alignkit.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build writes the sheets a kit and its sessions name, and links them under "Printable sheets" where they belong. */
class SheetLinksTest {
    @TempDir
    Path project;

    @Test
    void kitSheetsAreLinkedOnTheKitPageAndSessionSheetsOnTheSessionPageOnly() throws IOException {
        Files.writeString(
                Files.createDirectories(project.resolve("content")).resolve("kit.yaml"),
                "title: Kit\nsheets: [decision_log]\nsessions:\n"
                        + "  - title: A\n    id: a\n    prompt: Why?\n    sheets: [question_cards]\n"
                        + "  - title: B\n    id: b\n    prompt: How?\n");

        BuildReport report = new SiteBuilder(BuildConfig.forProject(project)).build();

        assertTrue(report.succeeded(), report.problems().toString());
        Path site = project.resolve("site");
        assertTrue(Files.isRegularFile(site.resolve("facilitators/kit/sheets/decision-log.pdf")));
        assertTrue(Files.isRegularFile(site.resolve("facilitators/kit/sheets/a/question-cards.pdf")));
        String kitPage = Files.readString(site.resolve("facilitators/kit/index.html"));
        assertTrue(kitPage.contains("Printable sheets"), kitPage);
        assertTrue(kitPage.contains("kit/sheets/decision-log.pdf\""), kitPage);
        String sessionA = Files.readString(site.resolve("facilitators/kit/a.html"));
        assertTrue(sessionA.contains("kit/sheets/a/question-cards.pdf\""), sessionA);
        String sessionB = Files.readString(site.resolve("facilitators/kit/b.html"));
        assertTrue(!sessionB.contains("question-cards.pdf"), sessionB);
        String participants = Files.readString(site.resolve("kit/participants.html"));
        assertTrue(!participants.contains("sheets/"), "facilitator sheets stay off the participant page");
    }
}
