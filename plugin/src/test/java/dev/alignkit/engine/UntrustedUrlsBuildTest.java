package dev.alignkit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.diagnostics.Problem;
import dev.alignkit.diagnostics.SourcePosition;
import dev.alignkit.site.SiteLayout;
import dev.alignkit.support.HostileKit;
import dev.alignkit.support.HostileMarkdown;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole builds of kits that name dangerous, remote and misplaced URLs: what reaches the pages, the PDFs and the report. */
class UntrustedUrlsBuildTest {
    @TempDir
    Path project;

    private static void writeKit(Path file, String yaml) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void hostileKitPublishesNoDangerousUrlInPagesOrPdfs() throws IOException {
        HostileKit.write(project, List.of("[safe](https://example.com/safe)"));
        BuildReport report = new SiteBuilder(BuildConfig.forProject(project)).build();

        assertTrue(report.succeeded(), () -> report.problems().toString());
        Path site = project.resolve("site");
        List<Path> pages;
        try (Stream<Path> files = Stream.concat(
                Files.walk(site.resolve(HostileKit.ID)),
                Files.walk(site.resolve(SiteLayout.facilitatorKitFolder(HostileKit.ID))))) {
            pages = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertFalse(pages.isEmpty());
        for (Path page : pages) {
            for (Element element : Jsoup.parse(Files.readString(page)).getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    assertFalse(HostileMarkdown.dangerous(attribute.getValue()), () -> page + ": " + element);
                }
            }
        }
        try (Stream<Path> files = Stream.concat(
                Files.list(site.resolve(HostileKit.ID)),
                Files.list(site.resolve(SiteLayout.facilitatorKitFolder(HostileKit.ID))))) {
            List<Path> pdfs = files.filter(p -> p.toString().endsWith(".pdf")).toList();
            assertEquals(5, pdfs.size(), "four documents of the kit and the handout of its one session");
            int safeLinks = 0;
            for (Path pdf : pdfs) {
                safeLinks += assertNoDangerousAction(pdf);
            }
            assertTrue(safeLinks > 0, "the safe link did not reach any PDF");
        }
        assertTrue(Files.readString(site.resolve(SiteLayout.sessionPage(HostileKit.ID, "vectors")))
                .contains("<a href=\"https://example.com/safe\">safe</a>"));
    }

    /** The number of links to https://example.com/safe, after checking that no action of the PDF is dangerous. */
    private static int assertNoDangerousAction(Path pdf) throws IOException {
        int safeLinks = 0;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertTrue(document.getDocumentCatalog().getOpenAction() == null, pdf + " has an open action");
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() != null) {
                        PDAction action = link.getAction();
                        assertTrue(
                                action instanceof PDActionURI || action instanceof PDActionGoTo,
                                () -> pdf + " has a " + action.getSubType() + " action");
                        if (action instanceof PDActionURI uriAction) {
                            assertFalse(
                                    HostileMarkdown.dangerous(uriAction.getURI()),
                                    () -> pdf + " links to " + uriAction.getURI());
                            safeLinks += uriAction.getURI().equals("https://example.com/safe") ? 1 : 0;
                        }
                    }
                }
            }
        }
        return safeLinks;
    }

    @Test
    void remoteAndFileImagesOpenNoConnectionAndEmbedNoFileOfTheMachine() throws IOException {
        Path secret = project.resolve("secret.png");
        Files.write(secret, png());
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String host = "127.0.0.1:" + server.getLocalPort();
            writeKit(
                    project.resolve("content/pictures.yaml"),
                    "title: Pictures\nsessions:\n  - title: One\n    prompts:\n"
                            + "      - \"![remote](http://" + host + "/chart.png)\"\n"
                            + "      - \"![file](" + secret.toUri() + ")\"\n"
                            + "      - \"![entity](file&#58;"
                            + secret.toUri().toString().substring(5) + ")\"\n");

            // The host is allowed for pages, so the image reaches the print templates too: the PDF step must refuse it.
            BuildReport report =
                    new SiteBuilder(BuildConfig.forProject(project).withAllowedImageHosts(List.of(host))).check();

            server.setSoTimeout(1);
            assertThrows(SocketTimeoutException.class, server::accept, "the build connected to the image's host");
            assertTrue(report.succeeded(), () -> report.problems().toString());
            List<String> messages =
                    report.problems().stream().map(Problem::format).toList();
            assertTrue(
                    messages.contains(
                            "content/pictures.yaml:5:20: warning: image http://" + host
                                    + "/chart.png cannot be shown in the PDF:"
                                    + " the build fetches nothing; attach the file to the kit and link it by a relative path such as files/picture.png"),
                    messages::toString);
            assertTrue(
                    messages.stream()
                            .anyMatch(m -> m.startsWith(
                                    "content/pictures.yaml:6:18: warning: image " + secret.toUri() + " was left out")),
                    messages::toString);
        }
    }

    /**
     * The image is a participant attachment shown in a prompt: the participant page (in the kit's public folder) shows
     * it as written, the session page (under facilitators/) by the way from there, and the PDF finds it too.
     */
    @Test
    void attachedImageIsShownInPagesAndPdfs() throws IOException {
        Files.createDirectories(project.resolve("content/pictures"));
        Files.write(project.resolve("content/pictures/chart.png"), png());
        writeKit(
                project.resolve("content/pictures.yaml"),
                "title: Pictures\nattachments:\n  - file: pictures/chart.png\n    title: Chart\n    audience: participants\n"
                        + "sessions:\n  - title: One\n    format: pulse\n    prompts:\n      - \"![Chart](files/pictures/chart.png)\"\n");

        BuildReport report = new SiteBuilder(BuildConfig.forProject(project)).build();

        assertTrue(report.succeeded(), () -> report.problems().toString());
        assertTrue(report.problems().isEmpty(), () -> report.problems().toString());
        assertTrue(Files.readString(project.resolve("site/" + SiteLayout.participantPage("pictures")))
                .contains("<img src=\"files/pictures/chart.png\" alt=\"Chart\" />"));
        assertTrue(Files.readString(project.resolve("site/" + SiteLayout.sessionPage("pictures", "one")))
                .contains("<img src=\"../../pictures/files/pictures/chart.png\" alt=\"Chart\" />"));
        try (PDDocument guide =
                Loader.loadPDF(project.resolve("site/" + SiteLayout.printDocument("pictures", "facilitator-guide"))
                        .toFile())) {
            int images = 0;
            for (PDPage page : guide.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    images += page.getResources().getXObject(name)
                                    instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject
                            ? 1
                            : 0;
                }
            }
            assertEquals(1, images);
        }
    }

    @Test
    void rootRelativeLinkIsAnErrorAtTheKitsLineNotTheTheme() throws IOException {
        writeKit(
                project.resolve("content/links.yaml"),
                "title: Links\nsessions:\n  - title: One\n    prompts:\n"
                        + "      - See [the agenda](/files/agenda.pdf) first.\n");

        BuildReport report = new SiteBuilder(BuildConfig.forProject(project)).check();

        assertFalse(report.succeeded());
        List<Problem> errors =
                report.problems().stream().filter(Problem::isError).toList();
        assertEquals(1, errors.size(), errors::toString);
        assertEquals(
                new SourcePosition("content/links.yaml", 5, 26), errors.get(0).position());
        assertTrue(
                errors.get(0).message().startsWith("link /files/agenda.pdf is root-relative"),
                errors.get(0).message());
    }

    @Test
    void dangerousLinkIsAWarningAtTheKitsLine() throws IOException {
        writeKit(
                project.resolve("content/links.yaml"),
                "title: Links\nsessions:\n  - title: One\n    prompts:\n"
                        + "      - \"[click](javascript&#58;alert(1))\"\n");

        BuildReport report = new SiteBuilder(BuildConfig.forProject(project)).check();

        assertTrue(report.succeeded(), () -> report.problems().toString());
        List<String> warnings = report.problems().stream()
                .map(Problem::format)
                .filter(m -> m.contains(" link "))
                .toList();
        assertEquals(
                List.of(
                        "content/links.yaml:1:1: warning: link javascript:alert(1) was left out: only http, https, mailto, tel and"
                                + " relative links are published"),
                warnings);
    }
}
