package dev.alignkit.output;

import dev.alignkit.site.SiteLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Refuses output folders whose replacement would touch the user's own files: the project itself, its content, its
 * templates, anything that contains them, and a folder with files that Alignkit did not write. Paths are compared
 * as the file system resolves them, symbolic links followed, so that a link cannot smuggle the site into
 * {@code content/}.
 */
public final class OutputLocation {
    /** Published with every site (editors read it), so a site of ours is known even after {@code mvn clean}. */
    static final String PUBLISHED_MARK = SiteLayout.SCHEMA;

    private static final String MARK_TEXT = "\"$id\": \"https://alignkit.dev/schema/kit.schema.json\"";
    /** The flag that lets a build write into a folder it did not create. */
    public static final String ADOPT_PROPERTY = "align.adoptOutputDirectory";

    private OutputLocation() {}

    /** Why {@code output} is unsafe, one message per reason; empty when it is fine. */
    public static List<String> problems(Path output, Path project, Path content, Path templates) {
        Path out = real(output);
        String shown = output.toAbsolutePath().normalize().equals(out) ? out.toString() : output + " (" + out + ")";
        Map<String, Path> protectedFolders = new LinkedHashMap<>();
        protectedFolders.put("the project folder", real(project));
        protectedFolders.put("the content folder", real(content));
        protectedFolders.put("the templates folder", real(templates));
        List<String> problems = new ArrayList<>();
        protectedFolders.forEach((name, folder) -> {
            if (out.equals(folder)) {
                problems.add(
                        "outputDirectory " + shown + " is " + name
                                + "; building there would replace it. Set align.outputDirectory to a folder of its own, such as site/");
            } else if (folder.startsWith(out)) {
                problems.add("outputDirectory " + shown + " contains " + name + " (" + folder
                        + "); choose a folder of its own, such as site/");
            } else if (out.startsWith(folder) && !name.equals("the project folder")) {
                problems.add("outputDirectory " + shown + " is inside " + name + " (" + folder
                        + "); generated files would be read as input. Choose a folder outside it, such as site/");
            }
        });
        if (out.getParent() == null) {
            problems.add(
                    "outputDirectory " + shown + " is a file-system root; choose a folder of its own, such as site/");
        }
        return problems;
    }

    /**
     * Why the build may not write into {@code output} as it is now: it is not a folder, or a folder with files that
     * no build of ours wrote (no manifest for it, no site of ours in it), unless {@code adopt} says to build there
     * anyway. Empty when it is fine.
     */
    public static List<String> ownershipProblems(Path output, Bookkeeping books, boolean adopt) {
        Path out = real(output);
        if (Files.isSymbolicLink(output) && !Files.exists(output)) {
            return List.of("outputDirectory " + output + " is a symbolic link to " + readLink(output)
                    + ", which does not exist;" + " create that folder or remove the link");
        }
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            return List.of("outputDirectory " + out + " is a file, not a folder; building there would replace it."
                    + " Set align.outputDirectory to a folder of its own, such as site/");
        }
        if (adopt || isEmpty(out) || Manifest.read(books.manifest(), out).isPresent() || hasPublishedMark(out)) {
            return List.of();
        }
        return List.of("outputDirectory " + out
                + " already holds files that Alignkit did not write, and no site of ours was built"
                + " there; building there would mix the site with them and overwrite those with the same names. Use an empty or"
                + " new folder, such as site/, or pass -D" + ADOPT_PROPERTY
                + "=true to build into it anyway (files that are"
                + " not the site's are kept)");
    }

    /**
     * {@code path} as the file system sees it: the longest part that exists with links resolved, then the rest. A
     * folder that does not exist yet is compared where it will be created.
     */
    public static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath()
                    .resolve(existing.relativize(absolute).toString())
                    .normalize();
        } catch (IOException e) {
            return absolute;
        }
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean hasPublishedMark(Path folder) {
        Path mark = folder.resolve(PUBLISHED_MARK);
        try {
            return Files.isRegularFile(mark, LinkOption.NOFOLLOW_LINKS)
                    && Files.size(mark) < 1_000_000
                    && Files.readString(mark, StandardCharsets.UTF_8).contains(MARK_TEXT);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String readLink(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "a missing target";
        }
    }
}
