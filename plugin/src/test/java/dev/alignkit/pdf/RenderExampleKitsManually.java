package dev.alignkit.pdf;

import dev.alignkit.content.Kit;
import dev.alignkit.render.PrintDocument;
import dev.alignkit.support.PrintFixture;
import java.nio.file.Files;
import java.nio.file.Path;

/** Not a test: writes the example kits' PDFs to a folder so a person can look at them. */
public final class RenderExampleKitsManually {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 1 ? args[1] : "target/pdf-look");
        Files.createDirectories(out);
        PrintFixture fixture = new PrintFixture(java.util.Optional.of("https://intranet.example.com/kits/"), "A4");
        Kit kit = PrintFixture.loadKit(Path.of(args[0]));
        for (PrintDocument document : PrintDocument.values()) {
            Files.write(out.resolve(document.path(kit.id()).replace('/', '_')), fixture.pdf(kit, document));
        }
    }
}
