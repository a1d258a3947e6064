package dev.alignkit.print;

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
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Markdown attachment is a page of the site and of the printed kit, for its audience only. */
class AttachmentPagesTest {
    private static final String KIT = """
            title: Series
            attachments:
              - file: series/one-pager.md
                title: Strategy on a page
                audience: participants
              - file: series/budget-notes.md
                title: Budget notes
            sessions:
              - title: Week one
            """;
    private static final String ONE_PAGER = """
            # One pager

            | Pillar | Lead |
            |---|---|
            | One face to the customer | Sales |

            <script>alert(1)</script>[click](javascript:alert(2))
            """;

    @TempDir
    static Path project;

    private static BuildReport report;

    @BeforeAll
    static void build() throws IOException {
        Path content = Files.createDirectories(project.resolve("content/series"));
        Files.writeString(content.resolve("one-pager.md"), ONE_PAGER);
        Files.writeString(content.resolve("budget-notes.md"), "Keep the reserve for the facilitators only.\n");
        Files.writeString(project.resolve("content/series.yaml"), KIT);
        report = new SiteBuilder(BuildConfig.forProject(project)).build();
    }

    @Test
    void aMarkdownAttachmentIsAPageWithItsTextRenderedAndSanitised() throws IOException {
        assertTrue(report.succeeded(), report.problems().toString());
        String page = Files.readString(project.resolve("site/series/files/series/one-pager.html"));

        assertTrue(page.contains("<td>One face to the customer</td>"), page);
        assertFalse(page.contains("<script>alert"), page);
        assertFalse(page.contains("href=\"javascript:"), page);
    }

    @Test
    void theOriginalFileIsStillPublishedBesideItsPage() {
        assertTrue(Files.isRegularFile(project.resolve("site/series/files/series/one-pager.md")));
    }

    @Test
    void thePageOfAnAttachmentForParticipantsLeadsBackToTheParticipantPage() throws IOException {
        String page = Files.readString(project.resolve("site/series/files/series/one-pager.html"));

        assertTrue(page.contains("<li><a href=\"../../../series/participants.html\">Series</a></li>"), page);
    }

    @Test
    void theKitPageLinksEachAttachmentsPage() throws IOException {
        String kitPage = Files.readString(project.resolve("site").resolve(SiteLayout.kitPage("series")));

        assertTrue(kitPage.contains("href=\"../../series/files/series/one-pager.html\""), kitPage);
        assertTrue(kitPage.contains("href=\"../../facilitators/series/files/series/budget-notes.html\""), kitPage);
    }

    @Test
    void theFacilitatorGuidePrintsEveryMarkdownAttachmentAsAPageOfItsOwn() throws IOException {
        List<String> pages = pages("site/" + SiteLayout.printDocument("series", "facilitator-guide"));

        assertEquals(
                1,
                pages.stream()
                        .filter(p -> p.contains("One face to the customer"))
                        .count());
        assertTrue(
                pages.stream()
                        .anyMatch(p -> p.contains("Keep the reserve")
                                && p.contains("Budget notes")
                                && !p.contains("One pager")
                                && !p.contains("Week one")),
                pages.toString());
    }

    @Test
    void theParticipantHandoutPrintsOnlyTheAttachmentsForParticipants() throws IOException {
        String handout = String.join("\n", pages("site/series/series-participant-handout.pdf"));

        assertTrue(handout.contains("One face to the customer"), handout);
        assertFalse(handout.contains("Keep the reserve"), handout);
    }

    private static List<String> pages(String pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(project.resolve(pdf)))) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }
}
