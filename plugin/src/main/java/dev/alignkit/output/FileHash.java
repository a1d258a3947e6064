package dev.alignkit.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SHA-256 of a file's bytes: what a build wrote, so that the next build can tell a file it wrote from one changed
 * since, and what a build's output depends on.
 *
 * <p>A hash this JVM computed is kept with the file's size and modification time, and given again while both still
 * match, without reading the file: the check make, rsync and git rely on. A preview session checks every kit's files
 * after each edit, and reading and hashing a thousand kits' files each time was most of a one-kit rebuild. Files are
 * known by their file key (the inode), so a hash survives the rename of the staged site into place.
 */
public final class FileHash {
    /** Enough for the largest sites; past it, hashes are computed as before rather than kept. */
    private static final int MAX_KNOWN = 500_000;

    private record Stamp(long size, FileTime modified) {}

    private record Known(Stamp stamp, String hash) {}

    private static final Map<Object, Known> KNOWN = new ConcurrentHashMap<>();

    private FileHash() {}

    static String of(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** The hash of the file's bytes; read only when it is not known at the file's present size and time. */
    public static String of(Path file) throws IOException {
        return of(file, Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
    }

    /**
     * {@link #of}, for a regular file (not a link, not a folder); empty for anything else or nothing. One look at the
     * file's attributes: a preview checks every file of the last build before each rebuild.
     */
    static Optional<String> ofRegularFile(Path file) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        return attributes.isRegularFile() ? Optional.of(of(file, attributes)) : Optional.empty();
    }

    private static String of(Path file, BasicFileAttributes attributes) throws IOException {
        Object key = key(file, attributes);
        Stamp stamp = new Stamp(attributes.size(), attributes.lastModifiedTime());
        Known known = KNOWN.get(key);
        if (known != null && known.stamp().equals(stamp)) {
            return known.hash();
        }
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        String hash = HexFormat.of().formatHex(digest.digest());
        keep(key, stamp, hash);
        return hash;
    }

    /** Copies {@code source} to {@code target} and returns the hash of the bytes copied, reading them once. */
    static String copy(Path source, Path target) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return wrote(target, HexFormat.of().formatHex(digest.digest()));
    }

    /** Writes the text to {@code target} in UTF-8 and returns the hash of its bytes, without holding them. */
    static String write(Path target, StreamedText text) throws IOException {
        MessageDigest digest = sha256();
        try (Writer out = new BufferedWriter(new OutputStreamWriter(
                new DigestOutputStream(Files.newOutputStream(target), digest), StandardCharsets.UTF_8))) {
            text.writeTo(out);
        }
        return wrote(target, HexFormat.of().formatHex(digest.digest()));
    }

    /** Remembers the hash of bytes just written to {@code file}, and returns it. */
    static String wrote(Path file, String hash) throws IOException {
        BasicFileAttributes attributes =
                Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        keep(key(file, attributes), new Stamp(attributes.size(), attributes.lastModifiedTime()), hash);
        return hash;
    }

    private static void keep(Object key, Stamp stamp, String hash) {
        if (KNOWN.size() < MAX_KNOWN || KNOWN.containsKey(key)) {
            KNOWN.put(key, new Known(stamp, hash));
        }
    }

    private static Object key(Path file, BasicFileAttributes attributes) {
        return Optional.ofNullable(attributes.fileKey()).orElseGet(() -> file.toAbsolutePath());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
