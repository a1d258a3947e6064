package dev.alignkit.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfFetchesNothingTest {
    private static final PdfRenderer RENDERER = new PdfRenderer(new PdfOptions(List.of(), Optional.empty()));
    private static final PdfMetadata METADATA = new PdfMetadata("t", "a", "s", "k", "en");
    private final List<String> refused = new ArrayList<>();

    private static String page(String head, String body) {
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>" + head + "</head><body><p>Text</p>" + body
                + "</body></html>";
    }

    private PdfResources resources(Map<String, byte[]> files) {
        return new PdfResources(
                "kit/", path -> Optional.ofNullable(files.get(path)), link -> true, (url, why) -> refused.add(url));
    }

    static byte[] png() {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xFF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static int images(byte[] pdf) throws IOException {
        int images = 0;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    images += page.getResources().getXObject(name) instanceof PDImageXObject ? 1 : 0;
                }
            }
        }
        return images;
    }

    @Test
    void remoteUrlsInImagesStyleSheetsAndFontsOpenNoConnection() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String host = "127.0.0.1:" + server.getLocalPort();
            String xhtml = page(
                    "<link rel=\"stylesheet\" href=\"http://" + host + "/print.css\"/>"
                            + "<style>@import url(http://" + host
                            + "/import.css); @font-face { font-family: Remote; src: url(http://" + host
                            + "/font.ttf); } body { font-family: Remote; background-image: url(http://" + host
                            + "/bg.png); }</style>",
                    "<img src=\"http://" + host + "/a.png\"/><img src=\"//" + host + "/b.png\"/><img src=\"https://"
                            + host + "/c.png\"/>" + "<div style=\"background: url('http://" + host
                            + "/d.png')\">x</div>");

            byte[] pdf = RENDERER.render(xhtml, METADATA, resources(Map.of()));

            server.setSoTimeout(1);
            // A connect() during the render would have completed into the backlog already: accept() would return it.
            assertThrows(SocketTimeoutException.class, server::accept, "the PDF render connected to the local server");
            assertEquals(0, images(pdf));
            assertTrue(refused.contains("http://" + host + "/a.png"), refused::toString);
            assertTrue(refused.contains("//" + host + "/b.png"), refused::toString);
        }
    }

    @Test
    void fileUrlDoesNotEmbedAFileFromTheMachine(@TempDir Path folder) throws Exception {
        Path secret = folder.resolve("secret.png");
        Files.write(secret, png());
        String xhtml = page(
                "",
                "<img src=\"" + secret.toUri() + "\"/><img src=\"file:" + secret + "\"/><img src=\"" + secret + "\"/>");

        byte[] pdf = RENDERER.render(xhtml, METADATA, resources(Map.of()));

        assertEquals(0, images(pdf));
        assertEquals(3, refused.size(), refused::toString);
    }

    @Test
    void relativePathsThatLeaveTheSiteAreRefused(@TempDir Path folder) throws Exception {
        Files.write(folder.resolve("secret.png"), png());
        String xhtml = page(
                "",
                "<img src=\"../../secret.png\"/><img src=\"files/../../../secret.png\"/><img src=\"files/..%2F..%2Fsecret.png\"/>");

        byte[] pdf = RENDERER.render(xhtml, METADATA, resources(Map.of("secret.png", png())));

        assertEquals(0, images(pdf));
    }

    @Test
    void attachedImageIsEmbedded() throws Exception {
        byte[] pdf = RENDERER.render(
                page("", "<img src=\"files/chart.png\"/>"), METADATA, resources(Map.of("kit/files/chart.png", png())));

        assertEquals(1, images(pdf));
        assertTrue(refused.isEmpty(), refused::toString);
    }

    @Test
    void attachedSvgOrPdfIsNotReadAsAnImage() throws Exception {
        byte[] svg =
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"><image href=\"http://127.0.0.1:9/x.png\"/></svg>"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] pdf = RENDERER.render(
                page("", "<img src=\"files/a.svg\"/>"), METADATA, resources(Map.of("kit/files/a.svg", svg)));

        assertEquals(0, images(pdf));
        assertEquals(List.of("files/a.svg"), refused);
    }

    @Test
    void dataImageTheBuildMadeIsEmbeddedButNoOtherDataUrl() throws Exception {
        String qr = "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png());
        String xhtml = page("", "<img src=\"" + qr + "\"/><img src=\"data:image/svg+xml;base64,PHN2Zy8+\"/>");

        byte[] pdf = RENDERER.render(xhtml, METADATA, resources(Map.of()));

        assertEquals(1, images(pdf));
        assertEquals(List.of("data:image/svg+xml;base64,PHN2Zy8+"), refused);
    }
}
