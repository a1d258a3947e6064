package dev.alignkit.build;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Everything a build needs to know, independent of Maven. {@code outputTimestamp} (from
 * {@code project.build.outputTimestamp}) is the only time a build may write into its output.
 */
public record BuildConfig(
        Path projectDirectory,
        Path contentDirectory,
        Path templatesDirectory,
        Path outputDirectory,
        String language,
        ZoneId timezone,
        boolean pdf,
        PageSize pageSize,
        Optional<String> siteUrl,
        Optional<Instant> outputTimestamp,
        long maxAttachmentBytes) {

    /** The default of {@code align.maxAttachmentSize}: 20 MB. */
    public static final long DEFAULT_MAX_ATTACHMENT_BYTES = 20L * 1024 * 1024;

    /** Defaults for a project folder laid out as the README describes. */
    public static BuildConfig forProject(Path project) {
        return new BuildConfig(project, project.resolve("content"), project.resolve("templates"), project.resolve("site"), "en",
                ZoneId.of("UTC"), true, PageSize.A4, Optional.empty(), Optional.empty(),
                DEFAULT_MAX_ATTACHMENT_BYTES);
    }

    public BuildConfig withPdf(boolean enabled) {
        return new BuildConfig(projectDirectory, contentDirectory, templatesDirectory, outputDirectory, language, timezone, enabled,
                pageSize, siteUrl, outputTimestamp, maxAttachmentBytes);
    }

    public BuildConfig withTimestamp(Optional<Instant> timestamp) {
        return new BuildConfig(projectDirectory, contentDirectory, templatesDirectory, outputDirectory, language, timezone, pdf,
                pageSize, siteUrl, timestamp, maxAttachmentBytes);
    }

    public BuildConfig withOutputDirectory(Path output) {
        return new BuildConfig(projectDirectory, contentDirectory, templatesDirectory, output, language, timezone, pdf, pageSize,
                siteUrl, outputTimestamp, maxAttachmentBytes);
    }

    public BuildConfig withMaxAttachmentBytes(long bytes) {
        return new BuildConfig(projectDirectory, contentDirectory, templatesDirectory, outputDirectory, language, timezone, pdf, pageSize,
                siteUrl, outputTimestamp, bytes);
    }
}
