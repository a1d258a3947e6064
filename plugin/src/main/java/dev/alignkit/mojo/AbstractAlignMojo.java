package dev.alignkit.mojo;

import dev.alignkit.content.PosterSize;
import dev.alignkit.diagnostics.Problem;
import dev.alignkit.engine.BuildConfig;
import dev.alignkit.engine.PageSize;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters every Alignkit goal shares, turned into a {@link BuildConfig}. */
abstract class AbstractAlignMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /** Where Maven was started: in a multi-module build, problems name files from there, so the module shows. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    File executionRootDirectory;

    /**
     * Folder with one YAML file per kit. A module without it is skipped.
     *
     * @since 0.1.0
     */
    @Parameter(property = "align.contentDirectory", defaultValue = "${project.basedir}/content")
    File contentDirectory;

    /**
     * The project's own templates, overriding the built-in theme file by file; may be absent.
     *
     * @since 0.1.0
     */
    @Parameter(property = "align.templatesDirectory", defaultValue = "${project.basedir}/templates")
    File templatesDirectory;

    /**
     * Where the site is written. It is replaced as a whole when a build succeeds; files you add to it are kept. An
     * existing folder with files that Alignkit did not write is refused unless {@code adoptOutputDirectory} is set.
     *
     * @since 0.1.0
     */
    @Parameter(property = "align.outputDirectory", defaultValue = "${project.basedir}/site")
    File outputDirectory;

    /**
     * Build into an existing {@code outputDirectory} that holds files Alignkit did not write (they are kept, but a
     * file with the name of one of the site's is overwritten). Needed once, for the first build there.
     *
     * @since 0.1.0
     */
    @Parameter(property = "align.adoptOutputDirectory", defaultValue = "false")
    boolean adoptOutputDirectory;

    /** The project's version, printed in every printout's footer so an old sheet can be told from a new one. */
    @Parameter(defaultValue = "${project.version}", readonly = true)
    String projectVersion;

    /** The build's bookkeeping and the preview of {@code align:serve}, reset by {@code mvn clean}. */
    @Parameter(defaultValue = "${project.build.directory}/alignkit", readonly = true)
    File workDirectory;

    /**
     * Language of kits that do not set their own (BCP 47 tag).
     *
     * @since 0.1.0
     */
    @Parameter(property = "align.language", defaultValue = "en")
    String language;

    /**
     * Time zone of kits that do not set their own (IANA name), for calendar dates.
     *
     * @since 0.1.0
     */
    @Parameter(property = "align.timezone", defaultValue = "UTC")
    String timezone;

    /**
     * Whether to write the PDF kits; false gives quick HTML-only builds.
     *
     * @since 0.1.0
     */
    @Parameter(property = "align.pdf", defaultValue = "true")
    boolean pdf;

    /**
     * Paper size of the PDF kits: A4 or letter.
     *
     * @since 0.1.0
     */
    @Parameter(property = "align.pageSize", defaultValue = "A4")
    String pageSize;

    /**
     * Sheet of the ground-rules poster, landscape: A4, A3, A2, A1, Letter or Tabloid. A kit's {@code poster_size} wins;
     * by default the poster is printed on the page size.
     *
     * @since 0.1.0
     */
    @Parameter(property = "align.posterSize")
    String posterSize;

    /**
     * Public address of the site, e.g. https://intranet.example.com/kits/; enables canonical links, a sitemap and a QR code on the participant handouts that opens the kit's participant page.
     *
     * @since 0.1.0
     */
    @Parameter(property = "align.siteUrl")
    String siteUrl;

    /**
     * Largest attachment a kit may publish, in megabytes; a larger one is refused at the kit's line. Attachments are
     * copied into the site and stay on the intranet for everyone.
     *
     * @since 0.1.0
     */
    @Parameter(property = "align.maxAttachmentSize", defaultValue = "20")
    int maxAttachmentSize;

    /**
     * Hosts whose images (https://host/...) kit pages may show, e.g. images.example.com or images.example.com:8443; by
     * default none, and a remote image is left out with a warning. PDFs never show remote images: the build fetches
     * nothing.
     *
     * @since 0.1.0
     */
    @Parameter(property = "align.allowedImageHosts")
    List<String> allowedImageHosts;

    /**
     * Skips the goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "align.skip", defaultValue = "false")
    boolean skip;

    /**
     * The day the actions ledger marks open actions overdue against, and the scorecard reads its latest values at, as
     * YYYY-MM-DD. Default: the date of project.build.outputTimestamp (UTC), so that the same commit gives the same site;
     * without a timestamp, no action is overdue and every actual value counts.
     *
     * @since 0.1.0
     */
    @Parameter(property = "align.asOf")
    String asOf;

    /** Timestamp for reproducible output; dates in generated files come from here, never from the clock. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    String outputTimestamp;

    /** True when the goal should not run, after saying why in one line. */
    boolean skipped() {
        if (skip) {
            getLog().info("Alignkit: skipped (align.skip=true)");
            return true;
        }
        if (!contentDirectory.isDirectory()) {
            getLog().info("Alignkit: skipped, no content directory at " + contentDirectory);
            return true;
        }
        return false;
    }

    BuildConfig config() throws MojoExecutionException {
        PageSize size = PageSize.parse(pageSize)
                .orElseThrow(() -> new MojoExecutionException(
                        "align.pageSize '" + pageSize + "' is not a page size; use A4 or letter"));
        Optional<PosterSize> poster = Optional.empty();
        if (posterSize != null && !posterSize.isBlank()) {
            poster = Optional.of(PosterSize.parse(posterSize)
                    .orElseThrow(() -> new MojoExecutionException("align.posterSize '" + posterSize
                            + "' is not a poster size; use one of " + PosterSize.labels())));
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(timezone);
        } catch (RuntimeException e) {
            throw new MojoExecutionException(
                    "align.timezone '" + timezone + "' is not an IANA time zone; use e.g. Europe/Berlin");
        }
        return new BuildConfig(
                basedir.toPath(),
                contentDirectory.toPath(),
                templatesDirectory.toPath(),
                outputDirectory.toPath(),
                language,
                zone,
                pdf,
                size,
                Optional.ofNullable(siteUrl).filter(s -> !s.isBlank()),
                timestamp(),
                workDirectory.toPath(),
                adoptOutputDirectory,
                attachmentLimit(),
                allowedImageHosts == null ? List.of() : List.copyOf(allowedImageHosts),
                Optional.ofNullable(projectVersion),
                poster,
                asOfDate());
    }

    private long attachmentLimit() throws MojoExecutionException {
        if (maxAttachmentSize < 1) {
            throw new MojoExecutionException(
                    "align.maxAttachmentSize " + maxAttachmentSize + " is not a size; give megabytes, e.g. 20");
        }
        return maxAttachmentSize * 1024L * 1024L;
    }

    private Optional<LocalDate> asOfDate() throws MojoExecutionException {
        if (asOf == null || asOf.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(asOf.trim()));
        } catch (DateTimeParseException e) {
            throw new MojoExecutionException(
                    "align.asOf '" + asOf + "' is not a date; write YYYY-MM-DD, e.g. 2027-06-30");
        }
    }

    private Optional<Instant> timestamp() {
        if (outputTimestamp == null || outputTimestamp.isBlank() || outputTimestamp.length() < 2) {
            return Optional.empty();
        }
        try {
            if (outputTimestamp.matches("\\d+")) {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(outputTimestamp)));
            }
            return Optional.of(OffsetDateTime.parse(outputTimestamp).toInstant());
        } catch (DateTimeParseException | NumberFormatException e) {
            getLog().warn("Alignkit: ignoring project.build.outputTimestamp '" + outputTimestamp
                    + "', which is not an ISO-8601 date-time");
            return Optional.empty();
        }
    }

    /** This module's folder from where Maven was started, '/'-separated; empty at the root or when unknown. */
    String module() {
        if (executionRootDirectory == null) {
            return "";
        }
        Path root = executionRootDirectory.toPath().toAbsolutePath().normalize();
        Path module = basedir.toPath().toAbsolutePath().normalize();
        return module.startsWith(root)
                ? root.relativize(module).toString().replace(File.separatorChar, '/')
                : module.toString();
    }

    /** Logs every problem in the form editors and CI annotators parse. */
    void log(List<Problem> problems) {
        for (Problem problem : inModule(problems)) {
            if (problem.isError()) {
                getLog().error(problem.format());
            } else {
                getLog().warn(problem.format());
            }
        }
    }

    /** Fails with every error repeated, so the first does not drown in the log. */
    void failOnErrors(List<Problem> problems, String what) throws MojoFailureException {
        long errors = problems.stream().filter(Problem::isError).count();
        if (errors == 0) {
            return;
        }
        StringBuilder message = new StringBuilder("Alignkit: " + what + " failed with " + errors
                + (errors == 1 ? " error" : " errors") + "; fix them and run again:");
        inModule(problems).stream()
                .filter(Problem::isError)
                .forEach(
                        p -> message.append(System.lineSeparator()).append("  ").append(p.format()));
        throw new MojoFailureException(message.toString());
    }

    private List<Problem> inModule(List<Problem> problems) {
        String module = module();
        return problems.stream().map(p -> p.inModule(module)).toList();
    }
}
