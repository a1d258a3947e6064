package dev.alignkit.engine;

import dev.alignkit.content.Attachment;
import dev.alignkit.content.Kit;
import dev.alignkit.render.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 fingerprints of what a build's output depends on. */
final class Fingerprints {
    private Fingerprints() {}

    /**
     * Everything that affects every page: the settings that change output, the theme's files and the plugin's own
     * code. Folders are left out, so that the same content built elsewhere gives the same fingerprint.
     */
    static String global(BuildConfig config, Theme theme) {
        MessageDigest digest = sha256();
        update(
                digest,
                String.join(
                        "|",
                        config.language(),
                        config.timezone().getId(),
                        String.valueOf(config.pdf()),
                        config.pageSize().name(),
                        config.siteUrl().orElse(""),
                        config.outputTimestamp().map(Object::toString).orElse(""),
                        String.join(",", config.allowedImageHosts()),
                        config.projectVersion().orElse(""),
                        config.asOf().map(Object::toString).orElse("")));
        for (String file : theme.files("")) {
            update(digest, file);
            theme.readLayers(file).forEach(digest::update);
        }
        update(digest, pluginCode());
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A kit's file, as it was read, and its attachments. */
    static String kit(Kit kit, byte[] source) {
        MessageDigest digest = sha256();
        try {
            update(digest, kit.id());
            digest.update(source);
            for (Attachment attachment : kit.attachments()) {
                update(digest, attachment.path());
                // streamed: an attachment may be as large as align.maxAttachmentSize allows
                try (InputStream in = new DigestInputStream(Files.newInputStream(attachment.source()), digest)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The plugin jar's bytes stand for its code; run from a classes folder (tests), the code is taken as unchanged. */
    private static String pluginCode() {
        try {
            Path location = Path.of(Fingerprints.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            if (!Files.isRegularFile(location)) {
                return "classes";
            }
            return HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(location)));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
