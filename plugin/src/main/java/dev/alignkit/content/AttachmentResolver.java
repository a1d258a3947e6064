package dev.alignkit.content;

import dev.alignkit.diagnostics.Echo;
import dev.alignkit.diagnostics.Problems;
import dev.alignkit.diagnostics.SourcePosition;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Resolves attachment paths and refuses any that would leave {@code content/} (by '..', absolute paths or links),
 * that hide characters in their names, that a browser would run, or that are larger than the build allows.
 */
final class AttachmentResolver {
    /** The default of {@code align.maxAttachmentSize}. */
    static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private final Path contentRoot;
    private final long maxBytes;

    /** A Markdown attachment becomes a page and part of the printed guide: bounded well below a file's limit. */
    static final int MAX_MARKDOWN_BYTES = 512 * 1024;

    /** {@code text}: a Markdown attachment's text, which the site shows as a page and the guide prints. */
    record Resolved(String path, Path source, Optional<Markdown> text) {
        String fileName() {
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    AttachmentResolver(Path contentRoot, long maxBytes) {
        this.contentRoot = contentRoot.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
    }

    Optional<Resolved> resolve(String written, SourcePosition at, Problems problems) {
        String path = written.replace('\\', '/');
        String shown = "attachment '" + Echo.value(written) + "' ";
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*") || path.contains("\0")) {
            problems.error(at, shown + "must be a path relative to the content folder, like 'my-kit/agenda.pdf'");
            return Optional.empty();
        }
        int hidden = firstHidden(path);
        if (hidden >= 0) {
            problems.error(
                    at,
                    shown + "has the invisible character " + String.format("U+%04X", path.codePointAt(hidden))
                            + " in its name, which can disguise its type; rename the file without it");
            return Optional.empty();
        }
        Optional<String> refusal = AttachmentTypes.refusal(path.substring(path.lastIndexOf('/') + 1));
        if (refusal.isPresent()) {
            problems.error(at, shown + refusal.get());
            return Optional.empty();
        }
        Path candidate = contentRoot.resolve(path).normalize();
        if (!candidate.startsWith(contentRoot) || candidate.equals(contentRoot)) {
            problems.error(
                    at,
                    shown + "points outside the content folder; move the file into content/ and link it from there");
            return Optional.empty();
        }
        if (!Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)) {
            String why = Files.isSymbolicLink(candidate)
                    ? "is a symbolic link; copy the file itself into content/"
                    : "does not exist; check the spelling or add the file under content/";
            problems.error(at, shown + why);
            return Optional.empty();
        }
        try {
            if (!candidate.toRealPath().startsWith(contentRoot.toRealPath())) {
                problems.error(
                        at, shown + "leads outside the content folder through a link; copy the file into content/");
                return Optional.empty();
            }
            long size = Files.size(candidate);
            if (size > maxBytes) {
                problems.error(
                        at,
                        shown + "is " + megabytes(size) + ", more than the limit of " + megabytes(maxBytes)
                                + "; make it smaller, link to it where it is published, or raise align.maxAttachmentSize");
                return Optional.empty();
            }
        } catch (IOException e) {
            problems.error(at, shown + "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        String relative = contentRoot.relativize(candidate).toString().replace('\\', '/');
        if (!isMarkdown(relative)) {
            return Optional.of(new Resolved(relative, candidate, Optional.empty()));
        }
        return markdown(candidate, shown, at, problems)
                .map(text -> new Resolved(relative, candidate, Optional.of(text)));
    }

    static boolean isMarkdown(String path) {
        return AttachmentTypes.extension(path).filter("md"::equals).isPresent();
    }

    private static Optional<Markdown> markdown(Path file, String shown, SourcePosition at, Problems problems) {
        try {
            long size = Files.size(file);
            if (size > MAX_MARKDOWN_BYTES) {
                problems.error(
                        at,
                        shown + "is " + megabytes(size) + " of Markdown, more than the " + megabytes(MAX_MARKDOWN_BYTES)
                                + " a Markdown attachment may have: it becomes a page of the site and of the printed"
                                + " guide; split it, or attach it as PDF");
                return Optional.empty();
            }
            CharsetDecoder utf8 = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            String text = utf8.decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            return Optional.of(new Markdown(text.startsWith("\uFEFF") ? text.substring(1) : text));
        } catch (CharacterCodingException e) {
            problems.error(at, shown + "is not UTF-8 text; save the Markdown file as UTF-8");
            return Optional.empty();
        } catch (IOException e) {
            problems.error(at, shown + "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Control, bidirectional and zero-width characters: in a file name they only ever disguise it. */
    private static int firstHidden(String path) {
        for (int i = 0; i < path.length(); i = path.offsetByCodePoints(i, 1)) {
            if (Echo.isHidden(path.codePointAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** "20 MB", "25.3 MB", "2 KB": rounded up to a tenth, so a file just over the limit never reads as the limit. */
    static String megabytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return (bytes + 1023) / 1024 + " KB";
        }
        long tenths = (bytes * 10 + 1024 * 1024 - 1) / (1024 * 1024);
        return tenths % 10 == 0
                ? tenths / 10 + " MB"
                : String.format(Locale.ROOT, "%d.%d MB", tenths / 10, tenths % 10);
    }
}
