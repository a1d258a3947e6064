package dev.alignkit.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dev.alignkit.engine.BuildConfig;
import dev.alignkit.engine.BuildReport;
import dev.alignkit.engine.SiteBuilder;
import dev.alignkit.site.SiteLayout;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kit's page for participants: what is written for them, nothing for facilitators; the handouts' QR code opens it. */
class ParticipantPageTest {
    private static final String KIT = """
            title: Series
            summary: This kit gives you, the facilitator, a plan.
            invitation: You are invited to four short questions.
            inputs: [The budget spreadsheet of the programme]
            pre_reading: ["The strategy on a page, before week one"]
            attachments:
              - file: series/one-pager.md
                title: Strategy on a page
                audience: participants
              - file: series/budget.csv
                title: Budget for facilitators
            stakeholders:
              - name: Sales
                concerns: Fears losing commission on shared accounts.
            sessions:
              - title: Week one
                objective: Surface the questions the launch message left open.
                brief: We collect what is unclear.
                prompt: What is unclear about the plan?
                tips: [Answer nothing inside the tool.]
                materials: [Launch message from the sponsor]
                start_time: "09:00"
                agenda:
                  - title: Questions round
                    duration: 20m
                    notes: Watch the quiet ones closely.
            """;
    private static final String SITE_URL = "https://intranet.example.com/kits/";

    @TempDir
    static Path project;

    private static BuildReport report;

    @BeforeAll
    static void build() throws IOException {
        Path content = Files.createDirectories(project.resolve("content"));
        Files.createDirectories(content.resolve("series"));
        Files.writeString(content.resolve("series/one-pager.md"), "# One pager\n");
        Files.writeString(content.resolve("series/budget.csv"), "line,amount\n");
        Files.writeString(content.resolve("series.yaml"), KIT);
        report = new SiteBuilder(BuildConfig.forProject(project).withSiteUrl(Optional.of(SITE_URL))).build();
    }

    private static String page() throws IOException {
        return Files.readString(project.resolve("site/series/participants.html"));
    }

    @Test
    void showsWhatIsWrittenForParticipants() throws IOException {
        assertTrue(report.succeeded(), report.problems().toString());
        String page = page();
        for (String text : List.of(
                "You are invited to four short questions.",
                "The strategy on a page, before week one",
                "href=\"../series/files/series/one-pager.md\"",
                "We collect what is unclear.",
                "What is unclear about the plan?",
                "Questions round",
                "series-handout-week-one.pdf",
                "series-participant-handout.pdf")) {
            assertTrue(page.contains(text), "missing '" + text + "' in " + page);
        }
    }

    @Test
    void showsNothingWrittenForFacilitators() throws IOException {
        String page = page();
        for (String text : List.of(
                "This kit gives you",
                "The budget spreadsheet",
                "budget.csv",
                "Fears losing commission",
                "Surface the questions",
                "Answer nothing inside the tool",
                "Launch message from the sponsor",
                "Watch the quiet ones",
                "facilitator-guide.pdf",
                "follow-up-checklist.pdf")) {
            assertFalse(page.contains(text), "facilitator text '" + text + "' in " + page);
        }
    }

    /**
     * The QR code itself, decoded from the printed image: it opens the participant page, which is in the kit's public
     * folder (outside the facilitator folder a host may restrict), and that page exists.
     */
    @Test
    void theHandoutsQrCodeOpensTheParticipantPageInThePublicPart() throws Exception {
        assertTrue(report.succeeded(), report.problems().toString());
        String participantPage = SiteLayout.participantPage("series");
        assertFalse(SiteLayout.isFacilitatorMaterial(participantPage));
        assertTrue(Files.isRegularFile(project.resolve("site").resolve(participantPage)));
        for (String pdf : List.of(
                SiteLayout.printDocument("series", "participant-handout"),
                SiteLayout.sessionHandout("series", "week-one"))) {
            assertFalse(SiteLayout.isFacilitatorMaterial(pdf), pdf);
            assertEquals(
                    List.of(SITE_URL + participantPage),
                    qrCodes(project.resolve("site").resolve(pdf)),
                    pdf);
        }
    }

    /** The text of every QR code among the images of a PDF's pages. */
    private static List<String> qrCodes(Path pdf) throws IOException {
        List<String> codes = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        decoded(image.getImage()).ifPresent(codes::add);
                    }
                }
            }
        }
        return codes;
    }

    private static Optional<String> decoded(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        try {
            return Optional.of(new QRCodeReader()
                    .decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels))))
                    .getText());
        } catch (NotFoundException | ChecksumException | FormatException notAQrCode) {
            return Optional.empty();
        }
    }

    /** The text as the PDF writes it, whitespace removed: a wrapped address reads as one, whatever stands beside it. */
    private static String textInWritingOrder(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    @Test
    void theKitPageLinksIt() throws IOException {
        assertTrue(Files.readString(project.resolve("site").resolve(SiteLayout.kitPage("series")))
                .contains("href=\"../../series/participants.html\""));
    }

    @Test
    void theHandoutsPrintTheParticipantPagesAddressBesideTheirQrCode() throws IOException {
        for (String pdf : List.of("series-participant-handout.pdf", "series-handout-week-one.pdf")) {
            String text = textInWritingOrder(
                    Files.readAllBytes(project.resolve("site/series").resolve(pdf)));
            assertTrue(text.contains(SITE_URL + "series/participants.html"), pdf + ": " + text);
            assertFalse(text.contains(SITE_URL + "series/index.html"), pdf + ": " + text);
        }
    }
}
