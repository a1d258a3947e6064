package dev.alignkit.content;

import dev.alignkit.diagnostics.Echo;
import dev.alignkit.diagnostics.Problem;
import dev.alignkit.diagnostics.Problems;
import dev.alignkit.diagnostics.SourcePosition;
import dev.alignkit.site.SiteLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Loads every kit in a content folder: each {@code *.yaml} or {@code *.yml} file at its top level is one kit,
 * named by its file. Sub-folders hold attachments, but for {@code methods/}: the project's methods, one per file, which
 * agenda items name by file name over the theme's methods of the same name.
 */
public final class KitLoader {
    /** Names the site uses for its own folders. */
    /**
     * The build names files after the kit id, the longest {@code <id>-follow-up-checklist.pdf}; file systems allow 255
     * bytes per name, and a shorter id leaves room for the suffixes a theme may add.
     */
    public static final int MAX_KIT_ID_CHARS = 100;
    /** The project's method files, {@code content/methods/<id>.yaml}; no kit may be named so, as its attachments' folder would be this one. */
    public static final String METHODS_FOLDER = "methods";

    private final Path contentRoot;
    private final Path projectRoot;
    private final long maxAttachmentBytes;
    private final KitParser parser;
    /** Asked on every load, so that a preview session sees a theme method edited since. */
    private final Supplier<List<MethodFile>> themeMethods;

    private final YamlDocumentReader reader = new YamlDocumentReader();
    /** By kit id, which the last {@link #loadAll()} made unique. */
    private final Map<String, Remembered> cache = new ConcurrentHashMap<>();

    public KitLoader(Path contentRoot, Path projectRoot, KitDefaults defaults) {
        this(contentRoot, projectRoot, defaults, AttachmentResolver.DEFAULT_MAX_BYTES);
    }

    /** With the methods the theme supplies, and attachments up to the default size. */
    public KitLoader(
            Path contentRoot, Path projectRoot, KitDefaults defaults, Supplier<List<MethodFile>> themeMethods) {
        this(contentRoot, projectRoot, defaults, AttachmentResolver.DEFAULT_MAX_BYTES, themeMethods);
    }

    /** With the largest attachment the build accepts, in bytes ({@code align.maxAttachmentSize}). */
    public KitLoader(Path contentRoot, Path projectRoot, KitDefaults defaults, long maxAttachmentBytes) {
        this(contentRoot, projectRoot, defaults, maxAttachmentBytes, List::of);
    }

    /** With the methods the theme supplies, which the project's {@code content/methods/} may override one by one. */
    public KitLoader(
            Path contentRoot,
            Path projectRoot,
            KitDefaults defaults,
            long maxAttachmentBytes,
            Supplier<List<MethodFile>> themeMethods) {
        this.themeMethods = themeMethods;
        this.contentRoot = contentRoot.toAbsolutePath().normalize();
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
        this.maxAttachmentBytes = maxAttachmentBytes;
        this.parser = new KitParser(defaults, new AttachmentResolver(this.contentRoot, maxAttachmentBytes));
    }

    public LoadResult loadAll() {
        List<Problem> problems = new ArrayList<>();
        MethodLibrary methods = methods(problems);
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
        for (LoadResult one :
                unique.parallelStream().map(f -> loadRemembered(f, methods)).toList()) {
            kits.addAll(one.kits());
            problems.addAll(one.problems());
        }
        return new LoadResult(List.copyOf(kits), List.copyOf(problems));
    }

    /**
     * A file with the same bytes as last time, whose attachments are all still there, gives the same result: a
     * preview session with many kits parses only the one that was saved.
     */
    private LoadResult loadRemembered(Path file, MethodLibrary methods) {
        if (linkOutside(file).isPresent()) {
            cache.remove(kitId(file));
            return load(file, Optional.empty(), methods);
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
                && known.methods().equals(methods)
                && known.result().kits().stream()
                        .flatMap(k -> k.attachments().stream())
                        .allMatch(this::unchanged)) {
            return known.result();
        }
        LoadResult result = load(file, Optional.ofNullable(bytes), methods);
        if (bytes != null) {
            cache.put(kitId(file), new Remembered(bytes, methods, result));
        }
        return result;
    }

    /** A kit is read again when the methods it may name have changed, even if its own bytes have not. */
    private record Remembered(byte[] bytes, MethodLibrary methods, LoadResult result) {}

    /**
     * Still a plain file within the size limit: what the resolver checked. Its bytes are compared by the build's
     * fingerprint, except a Markdown attachment's: its text is part of the model, so a changed text reads the kit again
     * (before, a preview rendered the edited attachment's page with its old text).
     */
    private boolean unchanged(Attachment attachment) {
        try {
            return Files.isRegularFile(attachment.source(), LinkOption.NOFOLLOW_LINKS)
                    && Files.size(attachment.source()) <= maxAttachmentBytes
                    && (attachment.text().isEmpty()
                            || sameText(attachment.source(), attachment.text().get()));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean sameText(Path file, Markdown text) throws IOException {
        if (Files.size(file) > AttachmentResolver.MAX_MARKDOWN_BYTES) {
            return false;
        }
        String now = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        return (now.startsWith("\uFEFF") ? now.substring(1) : now).equals(text.source());
    }

    /** The bytes the last {@link #loadAll()} read for a kit, so that later stages need not read the file again. */
    public Optional<byte[]> source(String kitId) {
        return Optional.ofNullable(cache.get(kitId)).map(Remembered::bytes);
    }

    /** Loads one kit file, with the methods of the theme and of {@code content/methods/} and their problems. */
    public LoadResult load(Path file) {
        List<Problem> methodProblems = new ArrayList<>();
        MethodLibrary methods = methods(methodProblems);
        LoadResult kit = load(file, Optional.empty(), methods);
        methodProblems.addAll(kit.problems());
        return new LoadResult(kit.kits(), List.copyOf(methodProblems));
    }

    /** With the file's bytes when the caller has read them already; otherwise they are read here. */
    private LoadResult load(Path file, Optional<byte[]> read, MethodLibrary methods) {
        Problems problems = new Problems(display(file));
        String id = kitId(file);
        if (!Slugs.isSlug(id) || reservedKitIds().contains(id)) {
            problems.error(
                    SourcePosition.ofFile(problems.file()),
                    "the file name gives the kit id '" + Echo.value(id)
                            + "', which must be lower-case letters, digits and single hyphens and not one of "
                            + reservedKitIds()
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
                .flatMap(root -> parser.parse(id, root, methods, problems));
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
        return reservedKitIds().contains(slug) ? slug + "-kit" : slug;
    }

    /** The site's own top-level names, and the content folder's {@code methods/}. */
    public static List<String> reservedKitIds() {
        List<String> reserved = new ArrayList<>(SiteLayout.reservedKitIds());
        reserved.add(METHODS_FOLDER);
        return List.copyOf(reserved);
    }

    /** The theme's methods, then the project's, each project method replacing the theme's of the same id. */
    private MethodLibrary methods(List<Problem> problems) {
        Map<String, Method> methods = new TreeMap<>();
        for (MethodFile file : themeMethods.get()) {
            readMethod(file.id(), file.display(), Optional.of(file.bytes()), problems)
                    .ifPresent(m -> methods.put(file.id(), m));
        }
        Map<String, String> projectIds = new HashMap<>();
        for (Path file : projectMethodFiles()) {
            String display = display(file);
            String id = kitId(file);
            String other = projectIds.putIfAbsent(id, display);
            if (other != null) {
                problems.add(Problem.error(
                        SourcePosition.ofFile(display),
                        "method id '" + Echo.value(id) + "' is already taken by " + other
                                + "; rename or remove one of the two files"));
                continue;
            }
            if (!Slugs.isSlug(id)) {
                problems.add(Problem.error(
                        SourcePosition.ofFile(display),
                        "the file name gives the method id '" + Echo.value(id)
                                + "', which must be lower-case letters, digits and single hyphens; rename the file to '"
                                + Slugs.slugify(id) + extension(file) + "'"));
                continue;
            }
            Optional<String> escape = linkOutside(file);
            if (escape.isPresent()) {
                problems.add(Problem.error(SourcePosition.ofFile(display), escape.get()));
                continue;
            }
            Problems own = new Problems(display);
            readMethod(id, display, readBytes(file, own), problems).ifPresent(m -> methods.put(id, m));
            problems.addAll(own.toList());
        }
        return new MethodLibrary(methods);
    }

    private Optional<Method> readMethod(String id, String display, Optional<byte[]> bytes, List<Problem> problems) {
        Problems own = new Problems(display);
        ReadContext context = new ReadContext(own, new Placeholders(Map.of()), new KitBudget());
        Optional<Method> method = bytes.flatMap(b -> reader.read(b, own))
                .flatMap(root -> MethodParser.read(Optional.of(id), root, "the method '" + id + "'", context));
        problems.addAll(own.toList());
        return own.hasErrors() ? Optional.empty() : method;
    }

    private List<Path> projectMethodFiles() {
        Path folder = contentRoot.resolve(METHODS_FOLDER);
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(KitLoader::isKitFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
