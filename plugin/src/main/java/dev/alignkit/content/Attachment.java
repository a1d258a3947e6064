package dev.alignkit.content;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A file that travels with the kit. {@code path} is relative to {@code content/}, uses '/' and has been
 * checked to stay inside it; {@code source} is where it is on disk; {@code text} is a Markdown attachment's text,
 * which becomes a page of the site and of the printed kit. Only an attachment for participants appears in
 * participant documents and pages.
 */
public record Attachment(String path, String title, Path source, Audience audience, Optional<Markdown> text) {

    /** A file shown only as a link. */
    public Attachment(String path, String title, Path source, Audience audience) {
        this(path, title, source, audience, Optional.empty());
    }

    public boolean forParticipants() {
        return audience == Audience.PARTICIPANTS;
    }

    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
