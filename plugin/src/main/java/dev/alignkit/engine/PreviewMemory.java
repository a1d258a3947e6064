package dev.alignkit.engine;

import dev.alignkit.artifact.KitRenderer.Published;
import dev.alignkit.content.Kit;
import dev.alignkit.content.KitDefaults;
import dev.alignkit.content.KitLoader;
import dev.alignkit.diagnostics.Problem;
import dev.alignkit.pdf.FontFile;
import dev.alignkit.pdf.PdfOptions;
import dev.alignkit.pdf.PdfRenderer;
import dev.alignkit.render.Theme;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * What a preview session keeps between its builds, so that a one-kit edit among many kits is quick: the loader (it
 * parses again only the files that changed), the theme (Freemarker notices edited templates itself), the PDF renderer
 * (setting up fonts is the expensive part of PDF rendering) and each kit's view and search entries while its
 * fingerprint holds.
 */
final class PreviewMemory implements BuildMemory {
    private record Remembered(String fingerprint, Published published) {}

    private final BuildConfig config;
    private final KitLoader loader;
    private final Map<String, Remembered> kits = new ConcurrentHashMap<>();
    private final KitMemo<List<Problem>> checks = new KitMemo<>();
    private final KitMemo<MessageDigest> contents = new KitMemo<>();
    private Theme theme;
    private PdfRenderer pdfRenderer;
    private List<FontFile> pdfFonts = List.of();

    PreviewMemory(BuildConfig config) {
        this.config = config;
        this.loader = newLoader(config);
        this.theme = new Theme(Optional.of(config.templatesDirectory()));
    }

    static KitLoader newLoader(BuildConfig config) {
        return new KitLoader(
                config.contentDirectory(),
                config.projectDirectory(),
                new KitDefaults(config.language(), config.timezone()),
                config.maxAttachmentBytes(),
                () -> new Theme(Optional.of(config.templatesDirectory())).methodFiles());
    }

    static PdfRenderer newPdfRenderer(BuildConfig config, List<FontFile> fonts) {
        return new PdfRenderer(new PdfOptions(fonts, config.outputTimestamp()));
    }

    @Override
    public KitLoader loader() {
        return loader;
    }

    /** Set up again only when the project's templates folder appears or disappears; its templates read again. */
    @Override
    public synchronized Theme theme() {
        if (theme.projectTemplates().isPresent() != Files.isDirectory(config.templatesDirectory())) {
            theme = new Theme(Optional.of(config.templatesDirectory()));
        } else {
            theme.forgetTemplates();
        }
        return theme;
    }

    @Override
    public synchronized PdfRenderer pdfRenderer(List<FontFile> fonts) {
        boolean sameFonts = fonts.size() == pdfFonts.size()
                && IntStream.range(0, fonts.size())
                        .allMatch(
                                i -> fonts.get(i).name().equals(pdfFonts.get(i).name())
                                        && Arrays.equals(
                                                fonts.get(i).bytes(),
                                                pdfFonts.get(i).bytes()));
        if (pdfRenderer == null || !sameFonts) {
            pdfRenderer = newPdfRenderer(config, fonts);
            pdfFonts = fonts;
        }
        return pdfRenderer;
    }

    @Override
    public Optional<Published> published(String kitId, String fingerprint) {
        return Optional.ofNullable(kits.get(kitId))
                .filter(r -> r.fingerprint().equals(fingerprint))
                .map(Remembered::published);
    }

    @Override
    public void remember(String kitId, String fingerprint, Published published) {
        kits.put(kitId, new Remembered(fingerprint, published));
    }

    @Override
    public void forget(String kitId) {
        kits.remove(kitId);
    }

    @Override
    public void keepOnly(Set<String> kitIds) {
        kits.keySet().retainAll(kitIds);
        checks.keepOnly(kitIds);
        contents.keepOnly(kitIds);
    }

    @Override
    public List<Problem> checks(Kit kit) {
        return checks.of(kit, KitChecks::of);
    }

    /** The kit's own part is kept; its attachments are looked at every time (FileHash keeps their hashes). */
    @Override
    public String fingerprint(Kit kit, byte[] source) {
        return Fingerprints.withAttachments(contents.of(kit, k -> Fingerprints.content(k, source)), kit);
    }
}
