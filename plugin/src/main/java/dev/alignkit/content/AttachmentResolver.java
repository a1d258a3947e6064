package dev.alignkit.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/** Resolves attachment paths and refuses any that would leave {@code content/}, by '..', absolute paths or links. */
final class AttachmentResolver {
    private final Path contentRoot;

    record Resolved(String path, Path source) {
        String fileName() {
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    AttachmentResolver(Path contentRoot) {
        this.contentRoot = contentRoot.toAbsolutePath().normalize();
    }

    Optional<Resolved> resolve(String written, SourcePosition at, Problems problems) {
        String path = written.replace('\\', '/');
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*") || path.contains("\0")) {
            problems.error(at, "attachment '" + written + "' must be a path relative to the content folder, like 'my-kit/agenda.pdf'");
            return Optional.empty();
        }
        Path candidate = contentRoot.resolve(path).normalize();
        if (!candidate.startsWith(contentRoot) || candidate.equals(contentRoot)) {
            problems.error(at, "attachment '" + written + "' points outside the content folder; move the file into content/ and link it from there");
            return Optional.empty();
        }
        if (!Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)) {
            String why = Files.isSymbolicLink(candidate) ? "is a symbolic link; copy the file itself into content/"
                    : "does not exist; check the spelling or add the file under content/";
            problems.error(at, "attachment '" + written + "' " + why);
            return Optional.empty();
        }
        try {
            if (!candidate.toRealPath().startsWith(contentRoot.toRealPath())) {
                problems.error(at, "attachment '" + written + "' leads outside the content folder through a link; copy the file into content/");
                return Optional.empty();
            }
        } catch (IOException e) {
            problems.error(at, "attachment '" + written + "' cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        return Optional.of(new Resolved(contentRoot.relativize(candidate).toString().replace('\\', '/'), candidate));
    }
}
