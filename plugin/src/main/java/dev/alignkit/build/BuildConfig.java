package dev.alignkit.build;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Everything a build needs to know, independent of Maven. {@code outputTimestamp} (from
 * {@code project.build.outputTimestamp}) is the only time a build may write into its output. {@code allowedImageHosts}
 * are the hosts whose images pages may show (never PDFs: the build fetches nothing).
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
        List<String> allowedImageHosts) {

    /** Defaults for a project folder laid out as the README describes. */
    public static BuildConfig forProject(Path project) {
        return new BuildConfig(project, project.resolve("content"), project.resolve("templates"), project.resolve("site"), "en",
                ZoneId.of("UTC"), true, PageSize.A4, Optional.empty(), Optional.empty(), List.of());
    }

    public BuildConfig withPdf(boolean enabled) {
        return new BuildConfig(projectDirectory, contentDirectory, templatesDirectory, outputDirectory, language, timezone, enabled,
                pageSize, siteUrl, outputTimestamp, allowedImageHosts);
    }

    public BuildConfig withTimestamp(Optional<Instant> timestamp) {
        return new BuildConfig(projectDirectory, contentDirectory, templatesDirectory, outputDirectory, language, timezone, pdf,
                pageSize, siteUrl, timestamp, allowedImageHosts);
    }

    public BuildConfig withAllowedImageHosts(List<String> hosts) {
        return new BuildConfig(projectDirectory, contentDirectory, templatesDirectory, outputDirectory, language, timezone, pdf, pageSize,
                siteUrl, outputTimestamp, List.copyOf(hosts));
    }

    public BuildConfig withOutputDirectory(Path output) {
        return new BuildConfig(projectDirectory, contentDirectory, templatesDirectory, output, language, timezone, pdf, pageSize,
                siteUrl, outputTimestamp, allowedImageHosts);
    }
}
