import dev.alignkit.content.Kit;
import dev.alignkit.render.PrintDocument;
import dev.alignkit.support.PrintFixture;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Steady-state cost of one facilitator guide, in process, with the plugin's own print pipeline (Freemarker print
 * XHTML, then Flying Saucer and OpenPDF). Run with the plugin's classes and test classes on the class path:
 *
 * <pre>java -cp CP bench/PdfBench.java --kit KIT.yaml --xhtml OUT.html --pdf OUT.pdf [--warmup 20] [--runs 50]</pre>
 *
 * Writes the XHTML it renders (for WeasyPrint to render the very same input) and one PDF, then prints one line:
 * {@code pdfbench xhtml_ms=... pdf_ms=... total_ms=... cpu_ms=... first_ms=... bytes=...}: medians per document of
 * the XHTML step alone and of XHTML plus PDF, the process CPU per document over the timed XHTML-plus-PDF runs (all
 * threads, JIT and GC included), and the first (cold) document.
 */
public final class PdfBench {
    public static void main(String[] args) throws Exception {
        Path kitFile = null;
        Path xhtmlOut = null;
        Path pdfOut = null;
        int warmup = 20;
        int runs = 50;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--kit" -> kitFile = Path.of(args[++i]);
                case "--xhtml" -> xhtmlOut = Path.of(args[++i]);
                case "--pdf" -> pdfOut = Path.of(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        PrintDocument doc = PrintDocument.FACILITATOR_GUIDE;
        long started = System.nanoTime();
        PrintFixture fixture = new PrintFixture();
        Kit kit = PrintFixture.loadKit(kitFile.toAbsolutePath());
        byte[] first = fixture.pdf(kit, doc);
        double firstMs = (System.nanoTime() - started) / 1e6;
        Files.writeString(xhtmlOut, fixture.xhtml(kit, doc), StandardCharsets.UTF_8);
        Files.write(pdfOut, first);

        for (int i = 0; i < warmup; i++) {
            fixture.pdf(kit, doc);
        }
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] total = new double[runs];
        long cpuBefore = os.getProcessCpuTime();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            fixture.pdf(kit, doc);
            total[i] = (System.nanoTime() - t) / 1e6;
        }
        double cpuMs = (os.getProcessCpuTime() - cpuBefore) / 1e6 / runs;
        double[] xhtml = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            fixture.xhtml(kit, doc);
            xhtml[i] = (System.nanoTime() - t) / 1e6;
        }
        double totalMs = median(total);
        double xhtmlMs = median(xhtml);
        System.out.println(String.format(Locale.ROOT, "pdfbench xhtml_ms=%.1f pdf_ms=%.1f total_ms=%.1f cpu_ms=%.1f first_ms=%.0f bytes=%d",
                xhtmlMs, totalMs - xhtmlMs, totalMs, cpuMs, firstMs, first.length));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
