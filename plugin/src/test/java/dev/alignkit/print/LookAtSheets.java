package dev.alignkit.print;

import dev.alignkit.content.Kit;
import dev.alignkit.content.Sheet;
import dev.alignkit.render.SheetPages;
import dev.alignkit.render.SheetPages.SheetFile;
import dev.alignkit.support.PrintFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Not a test: writes every sheet of the example kits, in A4 and Letter, to a folder for a person to look at. Arguments:
 * the folder, the kit ids (comma-separated) and the content folder (default ../content).
 */
public final class LookAtSheets {
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/sheets-look");
        Files.createDirectories(out);
        for (String size : new String[] {"A4", "letter"}) {
            PrintFixture fixture = new PrintFixture(Optional.of("https://intranet.example.com/kits/"), size);
            for (String id : args.length > 1 ? args[1].split(",") : new String[] {"alignment-day"}) {
                Kit kit = PrintFixture.loadKit(
                        Path.of(args.length > 2 ? args[2] : "../content").resolve(id + ".yaml"));
                for (Sheet sheet : Sheet.values()) {
                    for (SheetFile file : SheetPages.files(sheet)) {
                        byte[] pdf = fixture.sheetPdf(
                                kit, Optional.empty(), file, kit.participants().orElse(20));
                        Files.write(out.resolve(id + "-" + size + "-" + file.name() + ".pdf"), pdf);
                    }
                }
            }
        }
    }

    private LookAtSheets() {}
}
