package dev.alignkit.engine;

import dev.alignkit.content.Attachment;
import dev.alignkit.content.Kit;
import dev.alignkit.output.FileHash;
import dev.alignkit.render.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
                        config.poster().name(),
                        config.siteUrl().orElse(""),
                        config.outputTimestamp().map(Object::toString).orElse(""),
                        String.join(",", config.allowedImageHosts()),
                        config.projectVersion().orElse(""),
                        config.asOf().map(Object::toString).orElse("")));
        try {
            for (String file : theme.files("")) {
                update(digest, file);
                digest.update(CLASS_PATH_LAYERS.computeIfAbsent(file, f -> digestOf(theme.classPathLayers(f))));
                Optional<Path> own = theme.projectFile(file);
                if (own.isPresent()) {
                    update(digest, FileHash.of(own.get()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        update(digest, PluginCode.HASH);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static byte[] digestOf(List<byte[]> copies) {
        MessageDigest digest = sha256();
        copies.forEach(bytes -> {
            update(digest, String.valueOf(bytes.length));
            digest.update(bytes);
        });
        return digest.digest();
    }

    /** A kit's file, as it was read, and its attachments. */
    static String kit(Kit kit, byte[] source) {
        return withAttachments(content(kit, source), kit);
    }

    /**
     * The digest of the kit's id, file and methods, before its attachments: what a preview keeps for a kit whose model
     * the loader gives back unchanged ({@link KitMemo}), as hashing every kit's file was a fifth of a one-kit edit's
     * wait at 1,000 kits.
     */
    static MessageDigest content(Kit kit, byte[] source) {
        MessageDigest digest = sha256();
        update(digest, kit.id());
        digest.update(source);
        // a method the kit names lives in its own file, which the kit's bytes do not show
        kit.sessions().stream()
                .flatMap(s -> s.agenda().stream())
                .flatMap(item -> item.method().stream())
                .forEach(method -> update(digest, method.toString()));
        return digest;
    }

    /**
     * The fingerprint: {@code content} (left as it is) with the attachments' hashes, looked at every time, as an
     * attachment can change while the kit's file does not.
     */
    static String withAttachments(MessageDigest content, Kit kit) {
        MessageDigest digest;
        try {
            digest = (MessageDigest) content.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digests can be cloned", e);
        }
        try {
            for (Attachment attachment : kit.attachments()) {
                update(digest, attachment.path());
                update(digest, FileHash.of(attachment.source()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The theme files packaged in the plugin or in a theme jar do not change while the JVM runs (a Maven build, a
     * preview session): their digests are computed once. A plugin realm of its own has its own copy of this class.
     */
    private static final Map<String, byte[]> CLASS_PATH_LAYERS = new ConcurrentHashMap<>();

    /** Computed once: the code running does not change while the JVM runs. */
    private static final class PluginCode {
        static final String HASH = pluginCode();
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
