package dev.alignkit.render;

import dev.alignkit.content.Attachment;
import dev.alignkit.content.Kit;
import dev.alignkit.site.SiteLayout;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The files a kit's PDFs may show, by their path in the site as the kit's Markdown addresses it (before facilitator
 * material moved to its own folder, see {@link SiteLayout#former}): the kit's own attachments ({@code kit-id/files/...}), read
 * through their real path, which must lie inside the content folder, and the theme's assets ({@code assets/...}).
 * Nothing else on the machine is reachable from a PDF.
 */
public final class PrintFiles {
    /** An image in a printed kit is a picture, not a data dump: larger files are not read. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private PrintFiles() {}

    public static Function<String, Optional<byte[]>> of(Kit kit, Path contentDirectory, Theme theme) {
        Map<String, Path> attachments = new HashMap<>();
        for (Attachment attachment : kit.attachments()) {
            attachments.put(
                    SiteLayout.former(SiteLayout.attachment(kit.id(), attachment.path(), attachment.forParticipants())),
                    attachment.source());
        }
        return path -> {
            if (attachments.containsKey(path)) {
                return insideContent(attachments.get(path), contentDirectory);
            }
            return SiteLayout.isAsset(path) ? theme.read(path) : Optional.empty();
        };
    }

    private static Optional<byte[]> insideContent(Path file, Path contentDirectory) {
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(contentDirectory.toRealPath())
                    || !Files.isRegularFile(real)
                    || Files.size(real) > MAX_BYTES) {
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(real)) {
                byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
                return bytes.length > MAX_BYTES ? Optional.empty() : Optional.of(bytes);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
