package dev.alignkit.engine;

import dev.alignkit.content.PosterSize;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything a build needs to know, independent of Maven. {@code outputTimestamp} (from
 * {@code project.build.outputTimestamp}) is the only time a build may write into its output. {@code workDirectory}
 * holds the build's bookkeeping (under {@code target/}), never the published site. {@code projectVersion} is printed with the
 * timestamp's date in every printout's footer. {@code allowedImageHosts} are the
 * hosts whose images pages may show (never PDFs: the build fetches nothing). {@code posterSize} is the sheet of the
 * ground-rules poster when a kit names none; empty, it is the page size's. {@code asOf} ({@code align.asOf}) is the
 * day the actions ledger marks overdue actions against and the scorecard's "latest" value is read at; without it, the
 * timestamp's date.
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
        boolean adoptOutputDirectory,
        long maxAttachmentBytes,
        List<String> allowedImageHosts,
        Optional<String> projectVersion,
        Optional<PosterSize> posterSize,
        Optional<LocalDate> asOf) {

    /** The default of {@code align.maxAttachmentSize}: 20 MB. */
    public static final long DEFAULT_MAX_ATTACHMENT_BYTES = 20L * 1024 * 1024;

    public BuildConfig {
        allowedImageHosts = List.copyOf(allowedImageHosts);
    }

    /** Defaults for a project folder laid out as the README describes. */
    public static BuildConfig forProject(Path project) {
        return new BuildConfig(
                project,
                project.resolve("content"),
                project.resolve("templates"),
                project.resolve("site"),
                "en",
                ZoneId.of("UTC"),
                true,
                PageSize.A4,
                Optional.empty(),
                Optional.empty(),
                project.resolve("target/alignkit"),
                false,
                DEFAULT_MAX_ATTACHMENT_BYTES,
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /** The poster's sheet for kits that name none: {@code posterSize}, else the page size, landscape. */
    public PosterSize poster() {
        return posterSize.orElseGet(() -> PosterSize.ofPageSize(pageSize.css()));
    }

    public BuildConfig withPosterSize(Optional<PosterSize> size) {
        return with(c -> c.posterSize = size);
    }

    public BuildConfig withPdf(boolean enabled) {
        return with(c -> c.pdf = enabled);
    }

    public BuildConfig withTimestamp(Optional<Instant> timestamp) {
        return with(c -> c.outputTimestamp = timestamp);
    }

    public BuildConfig withOutputDirectory(Path output) {
        return with(c -> c.outputDirectory = output);
    }

    public BuildConfig withAdoptedOutputDirectory(boolean adopt) {
        return with(c -> c.adoptOutputDirectory = adopt);
    }

    public BuildConfig withPageSize(PageSize size) {
        return with(c -> c.pageSize = size);
    }

    public BuildConfig withSiteUrl(Optional<String> url) {
        return with(c -> c.siteUrl = url);
    }

    public BuildConfig withMaxAttachmentBytes(long bytes) {
        return with(c -> c.maxAttachmentBytes = bytes);
    }

    public BuildConfig withAllowedImageHosts(List<String> hosts) {
        return with(c -> c.allowedImageHosts = hosts);
    }

    public BuildConfig withProjectVersion(Optional<String> version) {
        return with(c -> c.projectVersion = version);
    }

    public BuildConfig withAsOf(Optional<LocalDate> day) {
        return with(c -> c.asOf = day);
    }

    /** A copy with some values changed, so that each {@code with...} names only what it changes. */
    private BuildConfig with(Consumer<Values> change) {
        Values values = new Values(this);
        change.accept(values);
        return values.config();
    }

    private static final class Values {
        Path projectDirectory;
        Path contentDirectory;
        Path templatesDirectory;
        Path outputDirectory;
        String language;
        ZoneId timezone;
        boolean pdf;
        PageSize pageSize;
        Optional<String> siteUrl;
        Optional<Instant> outputTimestamp;
        Path workDirectory;
        boolean adoptOutputDirectory;
        long maxAttachmentBytes;
        List<String> allowedImageHosts;
        Optional<String> projectVersion;
        Optional<PosterSize> posterSize;
        Optional<LocalDate> asOf;

        Values(BuildConfig c) {
            projectDirectory = c.projectDirectory;
            contentDirectory = c.contentDirectory;
            templatesDirectory = c.templatesDirectory;
            outputDirectory = c.outputDirectory;
            language = c.language;
            timezone = c.timezone;
            pdf = c.pdf;
            pageSize = c.pageSize;
            siteUrl = c.siteUrl;
            outputTimestamp = c.outputTimestamp;
            workDirectory = c.workDirectory;
            adoptOutputDirectory = c.adoptOutputDirectory;
            maxAttachmentBytes = c.maxAttachmentBytes;
            allowedImageHosts = c.allowedImageHosts;
            projectVersion = c.projectVersion;
            posterSize = c.posterSize;
            asOf = c.asOf;
        }

        BuildConfig config() {
            return new BuildConfig(
                    projectDirectory,
                    contentDirectory,
                    templatesDirectory,
                    outputDirectory,
                    language,
                    timezone,
                    pdf,
                    pageSize,
                    siteUrl,
                    outputTimestamp,
                    workDirectory,
                    adoptOutputDirectory,
                    maxAttachmentBytes,
                    allowedImageHosts,
                    projectVersion,
                    posterSize,
                    asOf);
        }
    }
}
