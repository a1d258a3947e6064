package dev.alignkit.engine;

import dev.alignkit.artifact.KitRenderer.Published;
import dev.alignkit.content.Kit;
import dev.alignkit.content.KitLoader;
import dev.alignkit.diagnostics.Problem;
import dev.alignkit.pdf.FontFile;
import dev.alignkit.pdf.PdfRenderer;
import dev.alignkit.render.Theme;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a builder keeps from one build to the next. A one-off build keeps nothing ({@link #none}); a preview session
 * rebuilds on every edit and keeps what is expensive to set up ({@link PreviewMemory}).
 */
interface BuildMemory {

    /** The loader for this build. */
    KitLoader loader();

    /** The theme for this build, its templates read afresh. */
    Theme theme();

    /** A PDF renderer with these fonts. */
    PdfRenderer pdfRenderer(List<FontFile> fonts);

    /** A kit as the last build published it, when its fingerprint is still {@code fingerprint}. */
    Optional<Published> published(String kitId, String fingerprint);

    void remember(String kitId, String fingerprint, Published published);

    /** Forgets a kit whose rendering failed. */
    void forget(String kitId);

    /** Forgets kits that are gone. */
    void keepOnly(Set<String> kitIds);

    /** The kit's checks after loading: its calendar limits and warnings. */
    default List<Problem> checks(Kit kit) {
        return KitChecks.of(kit);
    }

    /** The kit's fingerprint, from the model and the file the loader read it from. */
    default String fingerprint(Kit kit, byte[] source) {
        return Fingerprints.kit(kit, source);
    }

    static BuildMemory none(BuildConfig config) {
        return new BuildMemory() {
            @Override
            public KitLoader loader() {
                return PreviewMemory.newLoader(config);
            }

            @Override
            public Theme theme() {
                return new Theme(Optional.of(config.templatesDirectory()));
            }

            @Override
            public PdfRenderer pdfRenderer(List<FontFile> fonts) {
                return PreviewMemory.newPdfRenderer(config, fonts);
            }

            @Override
            public Optional<Published> published(String kitId, String fingerprint) {
                return Optional.empty();
            }

            @Override
            public void remember(String kitId, String fingerprint, Published published) {}

            @Override
            public void forget(String kitId) {}

            @Override
            public void keepOnly(Set<String> kitIds) {}
        };
    }
}
