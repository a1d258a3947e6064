package dev.alignkit.engine;

import dev.alignkit.output.Bookkeeping;
import dev.alignkit.output.OutputLocation;
import dev.alignkit.output.PreviewSiteWriter;
import dev.alignkit.output.SiteOutput;
import dev.alignkit.output.SiteWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a builder puts the site: the published site, staged and swapped in whole, or the preview's own folder, where
 * changed files go straight in.
 */
interface SiteTarget {

    Path folder();

    /** The setting that names the folder, for problems with it. */
    String setting();

    /** Reasons not to write into the folder because it may not be ours. */
    List<String> ownershipProblems();

    /** The output, or empty when another build holds the folder. */
    Optional<? extends SiteOutput> open() throws IOException;

    static Bookkeeping publishedBooks(BuildConfig config) {
        return new Bookkeeping(config.workDirectory(), "site");
    }

    static SiteTarget published(BuildConfig config) {
        return new SiteTarget() {
            @Override
            public Path folder() {
                return config.outputDirectory();
            }

            @Override
            public String setting() {
                return OUTPUT_DIRECTORY;
            }

            @Override
            public List<String> ownershipProblems() {
                return OutputLocation.ownershipProblems(
                        folder(), publishedBooks(config), config.adoptOutputDirectory());
            }

            @Override
            public Optional<? extends SiteOutput> open() throws IOException {
                return SiteWriter.open(folder(), publishedBooks(config));
            }
        };
    }

    /** {@code align:serve} builds into a folder of its own under the work directory, never into the published site. */
    static SiteTarget preview(BuildConfig config) {
        return new SiteTarget() {
            @Override
            public Path folder() {
                return previewFolder(config);
            }

            @Override
            public String setting() {
                return "project.build.directory";
            }

            @Override
            public List<String> ownershipProblems() {
                return List.of();
            }

            @Override
            public Optional<? extends SiteOutput> open() throws IOException {
                return PreviewSiteWriter.open(folder(), new Bookkeeping(config.workDirectory(), "preview"));
            }
        };
    }

    static Path previewFolder(BuildConfig config) {
        return config.workDirectory().resolve("preview");
    }

    String OUTPUT_DIRECTORY = "align.outputDirectory";
}
