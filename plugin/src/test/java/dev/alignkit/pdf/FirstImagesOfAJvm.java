package dev.alignkit.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Renders one PNG into PDFs on eight threads at once, as the first image work of a fresh JVM: {@code java ... PNG_BASE64}.
 * Exits 0 when every PDF was written, 1 with the first failure otherwise. Run by {@link PdfImagesTest}, because what
 * failed (the JDK's lazily made default colour model, taken by two threads at once) happens once per JVM.
 */
final class FirstImagesOfAJvm {
    private FirstImagesOfAJvm() {}

    public static void main(String[] args) throws Exception {
        String xhtml =
                "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head></head><body><p>Scan me</p><img src=\"data:image/png;base64,"
                        + args[0] + "\" alt=\"QR\" /></body></html>";
        PdfRenderer renderer = new PdfRenderer(new PdfOptions(List.of(), Optional.empty()));
        PdfMetadata metadata = new PdfMetadata("t", "a", "s", "k", "en");
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<byte[]>> pdfs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            pdfs.add(threads.submit(() -> {
                start.await();
                return renderer.render(xhtml, metadata, PdfResources.none());
            }));
        }
        start.countDown();
        try {
            for (Future<byte[]> pdf : pdfs) {
                pdf.get();
            }
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }
}
