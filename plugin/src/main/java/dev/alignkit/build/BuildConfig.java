package dev.alignkit.build;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Everything a build needs to know, independent of Maven. {@code outputTimestamp} (from
 * {@code project.build.outputTimestamp}) is the only time a build may write into its output. {@code workDirectory}
 * holds the build's bookkeeping and the preview ({@code target/alignkit}); {@code adoptOutputDirectory} lets a build
 * write into an existing folder with files that Alignkit did not write.
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
        Path workDirectory,
        boolean adoptOutputDirectory) {

    /** Defaults for a project folder laid out as the README describes. */
    public static BuildConfig forProject(Path project) {
        return new BuildConfig(project, project.resolve("content"), project.resolve("templates"), project.resolve("site"), "en",
                ZoneId.of("UTC"), true, PageSize.A4, Optional.empty(), Optional.empty(), project.resolve("target/alignkit"), false);
    }

    public BuildConfig withPdf(boolean enabled) {
        return new BuildConfig(projectDirectory, contentDirectory, templatesDirectory, outputDirectory, language, timezone, enabled,
                pageSize, siteUrl, outputTimestamp, workDirectory, adoptOutputDirectory);
    }

    public BuildConfig withTimestamp(Optional<Instant> timestamp) {
        return new BuildConfig(projectDirectory, contentDirectory, templatesDirectory, outputDirectory, language, timezone, pdf,
                pageSize, siteUrl, timestamp, workDirectory, adoptOutputDirectory);
    }

    public BuildConfig withOutputDirectory(Path output) {
        return new BuildConfig(projectDirectory, contentDirectory, templatesDirectory, output, language, timezone, pdf, pageSize,
                siteUrl, outputTimestamp, workDirectory, adoptOutputDirectory);
    }

    public BuildConfig withAdoptedOutputDirectory(boolean adopt) {
        return new BuildConfig(projectDirectory, contentDirectory, templatesDirectory, outputDirectory, language, timezone, pdf, pageSize,
                siteUrl, outputTimestamp, workDirectory, adopt);
    }

    public BuildConfig withPageSize(PageSize size) {
        return new BuildConfig(projectDirectory, contentDirectory, templatesDirectory, outputDirectory, language, timezone, pdf, size,
                siteUrl, outputTimestamp, workDirectory, adoptOutputDirectory);
    }

    public BuildConfig withSiteUrl(Optional<String> url) {
        return new BuildConfig(projectDirectory, contentDirectory, templatesDirectory, outputDirectory, language, timezone, pdf,
                pageSize, url, outputTimestamp, workDirectory, adoptOutputDirectory);
    }
}
