package dev.alignkit.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.alignkit.content.Kit;
import dev.alignkit.render.PrintDocument;
import dev.alignkit.support.PrintFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A PDF does not depend on what its renderer rendered before: worker threads reuse renderers, and which kits a thread
 * gets differs from build to build, so anything a renderer kept would make the same kit come out in other bytes.
 */
class RendererReuseTest {
    private static final List<String> KITS = List.of(
            "organizational-alignment",
            "cross-departmental-marketing-meeting",
            "align-the-organization",
            "alignment-day");

    @ParameterizedTest
    @EnumSource(PrintDocument.class)
    void aDocumentComesOutTheSameAfterOtherDocuments(PrintDocument document) {
        Kit kit = PrintFixture.loadKit(Path.of("..", "content", "alignment-day.yaml"));
        byte[] fresh = new PrintFixture().pdf(kit, document);

        PrintFixture used = new PrintFixture();
        for (String other : KITS) {
            Kit earlier = PrintFixture.loadKit(Path.of("..", "content", other + ".yaml"));
            for (PrintDocument d : PrintDocument.values()) {
                used.pdf(earlier, d);
            }
        }
        assertArrayEquals(
                fresh, used.pdf(kit, document), document + " of alignment-day after the other kits' documents");
    }
}
