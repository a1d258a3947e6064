package dev.alignkit.content;

import java.nio.file.Path;

/**
 * A file that travels with the kit. {@code path} is relative to {@code content/}, uses '/' and has been
 * checked to stay inside it; {@code source} is where it is on disk. Only an attachment for participants appears in
 * participant documents and pages.
 */
public record Attachment(String path, String title, Path source, Audience audience) {

    public boolean forParticipants() {
        return audience == Audience.PARTICIPANTS;
    }

    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
