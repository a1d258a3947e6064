package dev.alignkit.content;

import dev.alignkit.diagnostics.Echo;
import dev.alignkit.diagnostics.Problem;
import dev.alignkit.diagnostics.Problems;
import dev.alignkit.diagnostics.SourcePosition;
import dev.alignkit.site.SiteLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Loads every kit in a content folder: each {@code *.yaml} or {@code *.yml} file at its top level is one kit,
 * named by its file. Sub-folders hold attachments.
 */
public final class KitLoader {
    /** Names the site uses for its own folders. */
    /**
     * The build names files after the kit id, the longest {@code <id>-follow-up-checklist.pdf}; file systems allow 255
     * bytes per name, and a shorter id leaves room for the suffixes a theme may add.
     */
    public static final int MAX_KIT_ID_CHARS = 100;

    private final Path contentRoot;
    private final Path projectRoot;
    private final long maxAttachmentBytes;
    private final KitParser parser;
    private final YamlDocumentReader reader = new YamlDocumentReader();
    /** By kit id, which the last {@link #loadAll()} made unique. */
    private final Map<String, Remembered> cache = new ConcurrentHashMap<>();

    public KitLoader(Path contentRoot, Path projectRoot, KitDefaults defaults) {
        this(contentRoot, projectRoot, defaults, AttachmentResolver.DEFAULT_MAX_BYTES);
    }

    /** With the largest attachment the build accepts, in bytes ({@code align.maxAttachmentSize}). */
    public KitLoader(Path contentRoot, Path projectRoot, KitDefaults defaults, long maxAttachmentBytes) {
        this.contentRoot = contentRoot.toAbsolutePath().normalize();
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
        this.maxAttachmentBytes = maxAttachmentBytes;
        this.parser = new KitParser(defaults, new AttachmentResolver(this.contentRoot, maxAttachmentBytes));
    }

    public LoadResult loadAll() {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> filesById = new HashMap<>();
        List<Path> unique = new ArrayList<>();
        for (Path file : kitFiles()) {
            String display = display(file);
            String other = filesById.putIfAbsent(kitId(file), display);
            if (other != null) {
                problems.add(Problem.error(
                        SourcePosition.ofFile(display),
                        "kit id '" + Echo.value(kitId(file)) + "' is already taken by " + other
                                + "; rename one of the two files"));
            } else {
                unique.add(file);
            }
        }
        cache.keySet().retainAll(unique.stream().map(KitLoader::kitId).toList());
        List<Kit> kits = new ArrayList<>();
        for (LoadResult one : unique.parallelStream().map(this::loadRemembered).toList()) {
            kits.addAll(one.kits());
            problems.addAll(one.problems());
        }
        return new LoadResult(List.copyOf(kits), List.copyOf(problems));
    }

    /**
     * A file with the same bytes as last time, whose attachments are all still there, gives the same result: a
     * preview session with many kits parses only the one that was saved.
     */
    private LoadResult loadRemembered(Path file) {
        if (linkOutside(file).isPresent()) {
            cache.remove(kitId(file));
            return load(file);
        }
        byte[] bytes;
        try {
            bytes = Files.size(file) <= YamlDocumentReader.MAX_FILE_BYTES ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            bytes = null;
        }
        Remembered known = cache.get(kitId(file));
        if (bytes != null
                && known != null
                && Arrays.equals(known.bytes(), bytes)
                && known.result().kits().stream()
                        .flatMap(k -> k.attachments().stream())
                        .allMatch(this::unchanged)) {
            return known.result();
        }
        LoadResult result = load(file, Optional.ofNullable(bytes));
        if (bytes != null) {
            cache.put(kitId(file), new Remembered(bytes, result));
        }
        return result;
    }

    private record Remembered(byte[] bytes, LoadResult result) {}

    /** Still a plain file within the size limit: what the resolver checked. Its bytes are compared by the build's fingerprint. */
    private boolean unchanged(Attachment attachment) {
        try {
            return Files.isRegularFile(attachment.source(), LinkOption.NOFOLLOW_LINKS)
                    && Files.size(attachment.source()) <= maxAttachmentBytes;
        } catch (IOException e) {
            return false;
        }
    }

    /** The bytes the last {@link #loadAll()} read for a kit, so that later stages need not read the file again. */
    public Optional<byte[]> source(String kitId) {
        return Optional.ofNullable(cache.get(kitId)).map(Remembered::bytes);
    }

    /** Loads one kit file. */
    public LoadResult load(Path file) {
        return load(file, Optional.empty());
    }

    /** With the file's bytes when the caller has read them already; otherwise they are read here. */
    private LoadResult load(Path file, Optional<byte[]> read) {
        Problems problems = new Problems(display(file));
        String id = kitId(file);
        if (!Slugs.isSlug(id) || SiteLayout.reservedKitIds().contains(id)) {
            problems.error(
                    SourcePosition.ofFile(problems.file()),
                    "the file name gives the kit id '" + Echo.value(id)
                            + "', which must be lower-case letters, digits and single hyphens and not one of "
                            + SiteLayout.reservedKitIds()
                            + "; rename the file to '" + suggestedId(id) + extension(file) + "'");
            return new LoadResult(List.of(), problems.toList());
        }
        if (id.length() > MAX_KIT_ID_CHARS) {
            problems.error(
                    SourcePosition.ofFile(problems.file()),
                    "the file name gives the kit id '" + Echo.value(id) + "', which is "
                            + id.length() + " characters long, more than the limit of " + MAX_KIT_ID_CHARS
                            + " (the site's file names"
                            + " are made from it); rename the file to '" + suggestedId(id) + extension(file) + "'");
            return new LoadResult(List.of(), problems.toList());
        }
        Optional<String> escape = linkOutside(file);
        if (escape.isPresent()) {
            problems.error(SourcePosition.ofFile(problems.file()), escape.get());
            return new LoadResult(List.of(), problems.toList());
        }
        Optional<Kit> kit = read.or(() -> readBytes(file, problems))
                .flatMap(bytes -> reader.read(bytes, problems))
                .flatMap(root -> parser.parse(id, root, problems));
        return new LoadResult(kit.stream().toList(), problems.toList());
    }

    public List<Path> kitFiles() {
        if (!Files.isDirectory(contentRoot)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(contentRoot)) {
            return files.filter(Files::isRegularFile)
                    .filter(KitLoader::isKitFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean isKitFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".yaml") || name.endsWith(".yml")) && !name.startsWith(".");
    }

    private Optional<byte[]> readBytes(Path file, Problems problems) {
        try {
            if (Files.size(file) > YamlDocumentReader.MAX_FILE_BYTES) {
                problems.error(SourcePosition.ofFile(problems.file()), YamlDocumentReader.tooLarge(Files.size(file)));
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            problems.error(SourcePosition.ofFile(problems.file()), "cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
    }

    private String display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(projectRoot) ? projectRoot.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    /** A kit file that is a link (or lies in a linked folder) must still lead to a file inside {@code content/}. */
    private Optional<String> linkOutside(Path file) {
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(contentRoot.toRealPath())) {
                return Optional.of("the kit file is a link to " + Echo.value(real.toString())
                        + ", outside the content folder;" + " copy the file into content/ instead of linking it");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("cannot read the file: " + Echo.value(String.valueOf(e.getMessage())));
        }
    }

    /** "My Kit" becomes "my-kit"; a reserved id gets "-kit" appended; a long one is cut at a hyphen. */
    public static String suggestedId(String title) {
        String slug = Slugs.shortened(Slugs.slugify(title), MAX_KIT_ID_CHARS);
        return SiteLayout.reservedKitIds().contains(slug) ? slug + "-kit" : slug;
    }

    private static String kitId(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.'));
    }
}
