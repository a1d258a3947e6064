package dev.alignkit.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** Images in the PDFs come out as they went in, however many worker threads render at once. */
class PdfImagesTest {
    private static final PdfRenderer RENDERER = new PdfRenderer(new PdfOptions(List.of(), Optional.empty()));
    private static final PdfMetadata METADATA = new PdfMetadata("t", "a", "s", "k", "en");

    /** A one-bit black-and-white PNG, as the QR codes on the handouts are written. */
    private static byte[] qrLikePng(int seed) throws IOException {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                image.setRGB(x, y, ((x / 8 + y / 8 + seed) % 3 == 0) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] render(byte[] png) throws Exception {
        String uri = "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head></head><body><p>Scan me</p><img src=\"" + uri
                + "\" alt=\"QR\" /></body></html>";
        return RENDERER.render(xhtml, METADATA, PdfResources.none());
    }

    private static BufferedImage onlyImage(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            List<BufferedImage> images = new ArrayList<>();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    images.add(image.getImage());
                }
            }
            assertEquals(1, images.size(), "images on the page");
            return images.get(0);
        }
    }

    @Test
    void pngsRenderedByManyThreadsAtOnceAllArrive() throws Exception {
        // OpenPDF's own PNG loader grabbed pixels through AWT and failed at random when threads did so together.
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> pdfs = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                byte[] png = qrLikePng(i);
                pdfs.add(threads.submit(() -> render(png)));
            }
            for (Future<byte[]> pdf : pdfs) {
                assertEquals(64, onlyImage(pdf.get()).getWidth());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void firstPngsOfAFreshJvmRenderedByManyThreadsAtOnceAllArrive() throws Exception {
        // The JDK makes its default colour model on first use, unsynchronised: two threads can each get their own, and
        // the AWT pixel grabbing OpenPDF used for PNGs then failed (ClassCastException) in about every other build.
        String png = Base64.getEncoder().encodeToString(qrLikePng(0));
        for (int run = 1; run <= 6; run++) {
            Process jvm = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            FirstImagesOfAJvm.class.getName(),
                            png)
                    .redirectErrorStream(true)
                    .start();
            String output = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, jvm.waitFor(), "run " + run + ":\n" + output);
        }
    }

    @Test
    void blackAndWhitePixelsArriveAsTheyWere() throws Exception {
        byte[] png = qrLikePng(1);
        BufferedImage original = ImageIO.read(new ByteArrayInputStream(png));
        BufferedImage shown = onlyImage(render(png));
        for (int y = 0; y < 64; y += 3) {
            for (int x = 0; x < 64; x += 3) {
                assertEquals(original.getRGB(x, y) & 0xFFFFFF, shown.getRGB(x, y) & 0xFFFFFF, "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void transparentPixelsKeepTheirTransparencyAsASoftMask() throws Exception {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(2, 2, 0x80FF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        byte[] pdf = render(out.toByteArray());
        int masked = 0;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject shown && shown.getSoftMask() != null) {
                    masked++;
                    assertEquals(
                            0x80,
                            shown.getSoftMask().getImage().getRaster().getSample(2, 2, 0),
                            "the half-transparent pixel");
                    assertEquals(
                            0, shown.getSoftMask().getImage().getRaster().getSample(0, 0, 0), "a transparent pixel");
                }
            }
        }
        assertEquals(1, masked, "images with a soft mask");
    }
}
