package dev.alignkit.artifact;

import dev.alignkit.content.Kit;
import dev.alignkit.diagnostics.Problem;
import dev.alignkit.diagnostics.SourcePosition;
import dev.alignkit.safety.Refusal;
import dev.alignkit.safety.UrlPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns the links and images one kit's rendering left out into problems at the kit file's line where the URL is
 * written (or at its start when the text there spells it differently, e.g. with an entity), each reported once.
 */
final class UrlWarnings {
    private final Kit kit;
    private final Path projectDirectory;
    private final Consumer<Problem> problems;
    private final Set<String> reported = new HashSet<>();
    private String source;

    UrlWarnings(Kit kit, Path projectDirectory, Consumer<Problem> problems) {
        this.kit = kit;
        this.projectDirectory = projectDirectory;
        this.problems = problems;
    }

    /** A link or image the Markdown sanitiser left out of the pages. */
    synchronized void leftOut(Refusal refusal) {
        report(refusal.url(), refusal.breaksSite(), refusal.reason());
    }

    /** A URL the PDF renderer refused to load. */
    synchronized void notInPdf(String url, String why) {
        report(url, false, "image " + UrlPolicy.shown(url) + " cannot be shown in the PDF: " + why);
    }

    /**
     * A link in text for participants that leads to facilitator material: participants may be kept from it, and it
     * says that the file exists.
     */
    synchronized void facilitatorLinkForParticipants(String asWritten, String target) {
        report(
                asWritten,
                false,
                "link " + UrlPolicy.shown(asWritten) + " in text for participants leads to facilitator material ("
                        + target
                        + "), which a host may keep from participants; give the attachment 'audience: participants',"
                        + " or link it from facilitator text only");
    }

    private void report(String url, boolean error, String message) {
        if (reported.add(message)) {
            SourcePosition position = positionOf(url);
            problems.accept(error ? Problem.error(position, message) : Problem.warning(position, message));
        }
    }

    private SourcePosition positionOf(String url) {
        if (source == null) {
            try {
                source = new String(
                        Files.readAllBytes(projectDirectory.resolve(kit.sourceFile())), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                source = "";
            }
        }
        int at = url.isEmpty() ? -1 : source.indexOf(url);
        if (at < 0) {
            return SourcePosition.ofFile(kit.sourceFile());
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (source.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(kit.sourceFile(), line, at - lineStart + 1);
    }
}
