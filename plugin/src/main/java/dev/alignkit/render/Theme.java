package dev.alignkit.render;

import dev.alignkit.content.MethodFile;
import dev.alignkit.site.SiteLayout;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The templates and assets a build uses, in three layers, each overriding the one before file by file (labels are
 * merged key by key): the built-in theme packaged in the plugin; a company theme published as a jar and declared as
 * a dependency of the plugin, whose files sit under {@code alignkit-theme/} in the jar; the project's own
 * {@code templates/} folder.
 */
public final class Theme {
    static final String BUILT_IN = "dev/alignkit/theme";
    /** Where a theme jar keeps its files: a folder of this name at the jar's root, laid out as {@code templates/}. */
    public static final String THEME_JAR = "alignkit-theme";

    public static final String ASSETS = SiteLayout.ASSETS;
    /** The class path layers, lowest first. */
    private static final List<String> CLASS_PATH_LAYERS = List.of(BUILT_IN, THEME_JAR);

    private final Optional<Path> projectTemplates;
    private final Configuration freemarker;

    public Theme(Optional<Path> projectTemplates) {
        this.projectTemplates = projectTemplates
                .filter(Files::isDirectory)
                .map(p -> p.toAbsolutePath().normalize());
        this.freemarker = configure();
    }

    public Configuration freemarker() {
        return freemarker;
    }

    /** Makes the next use read every template again: called once per build, so a preview sees edited templates. */
    public void forgetTemplates() {
        freemarker.clearTemplateCache();
    }

    public Optional<Path> projectTemplates() {
        return projectTemplates;
    }

    private Configuration configure() {
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        projectTemplates.ifPresent(dir -> {
            try {
                loaders.add(new FileTemplateLoader(dir.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        loaders.add(new ClassTemplateLoader(Theme.class.getClassLoader(), THEME_JAR));
        loaders.add(new ClassTemplateLoader(Theme.class.getClassLoader(), BUILT_IN));
        MultiTemplateLoader loader = new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
        // A preview session reuses the theme: an override added later must be found, not the built-in one it hides.
        loader.setSticky(false);
        config.setTemplateLoader(loader);
        // Templates do not change within a build, and checking costs two lookups per page; see forgetTemplates().
        config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setLocalizedLookup(false);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setNumberFormat("computer");
        config.setAPIBuiltinEnabled(false);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setObjectWrapper(new ViewObjectWrapper());
        return config;
    }

    /** A theme file's bytes, from the highest layer that has it; the layers below are not read. */
    public Optional<byte[]> read(String path) {
        try {
            Optional<Path> own = projectFile(path);
            if (own.isPresent()) {
                return Optional.of(Files.readAllBytes(own.get()));
            }
            for (String root : List.of(THEME_JAR, BUILT_IN)) {
                try (InputStream in = Theme.class.getClassLoader().getResourceAsStream(root + "/" + path)) {
                    if (in != null) {
                        return Optional.of(in.readAllBytes());
                    }
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One layer's copy of a theme file, and where it comes from for messages. */
    public record Layer(String source, byte[] bytes) {}

    /** The copies of a theme file in the class path layers, lowest first: they stay the same while the JVM runs. */
    public List<byte[]> classPathLayers(String path) {
        return classPathCopies(path).stream().map(Layer::bytes).toList();
    }

    /** The file of every layer that has it, lowest first, with where each copy comes from: for files that are merged rather than replaced. */
    public List<Layer> layers(String path) {
        List<Layer> layers = new ArrayList<>(classPathCopies(path));
        Optional<Path> own = projectFile(path);
        try {
            if (own.isPresent()) {
                layers.add(new Layer(projectTemplates.get().getFileName() + "/" + path, Files.readAllBytes(own.get())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return layers;
    }

    private static List<Layer> classPathCopies(String path) {
        List<Layer> layers = new ArrayList<>();
        try {
            for (String root : CLASS_PATH_LAYERS) {
                try (InputStream in = Theme.class.getClassLoader().getResourceAsStream(root + "/" + path)) {
                    if (in != null) {
                        layers.add(new Layer(
                                (root.equals(THEME_JAR) ? "[theme jar]/" : "[built-in theme]/") + path,
                                in.readAllBytes()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return layers;
    }

    /** Where a template comes from, for messages: the project's file, the theme jar's or the built-in one. */
    public String describe(String path) {
        if (projectFile(path).isPresent()) {
            return projectTemplates.get().getFileName() + "/" + path;
        }
        return Theme.class.getClassLoader().getResource(THEME_JAR + "/" + path) != null
                ? "[theme jar]/" + path
                : "[built-in theme]/" + path;
    }

    /** The project's own copy of a theme file, when it has one. */
    public Optional<Path> projectFile(String path) {
        return projectTemplates
                .map(dir -> dir.resolve(path).normalize())
                .filter(p -> p.startsWith(projectTemplates.get()))
                .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS));
    }

    /** Where the theme keeps its methods, one per file: {@code methods/<id>.yaml}. */
    public static final String METHODS = "methods";

    /** The theme's methods, each from the highest layer that has it. */
    public List<MethodFile> methodFiles() {
        List<MethodFile> methods = new ArrayList<>();
        for (String path : files(METHODS)) {
            String name = path.substring(METHODS.length() + 1);
            if (name.contains("/") || !(name.endsWith(".yaml") || name.endsWith(".yml"))) {
                continue;
            }
            read(path)
                    .ifPresent(bytes -> methods.add(
                            new MethodFile(name.substring(0, name.lastIndexOf('.')), describe(path), bytes)));
        }
        return List.copyOf(methods);
    }

    /** Every file under {@code folder} in any layer, as sorted '/'-separated paths. */
    public List<String> files(String folder) {
        TreeSet<String> paths = new TreeSet<>();
        CLASS_PATH_LAYERS.forEach(root -> paths.addAll(classPathFiles(root, folder)));
        projectTemplates
                .map(dir -> dir.resolve(folder))
                .filter(Files::isDirectory)
                .ifPresent(dir -> paths.addAll(listTree(dir, folder)));
        return List.copyOf(paths);
    }

    private static List<String> classPathFiles(String root, String folder) {
        String base = folder.isEmpty() ? root : root + "/" + folder;
        URL url = Theme.class.getClassLoader().getResource(base);
        if (url == null) {
            return List.of();
        }
        try {
            if (url.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(false);
                String prefix = base + "/";
                try (JarFile jar = connection.getJarFile()) {
                    return jar.stream()
                            .filter(e -> !e.isDirectory() && e.getName().startsWith(prefix))
                            .map(e -> e.getName().substring(root.length() + 1))
                            .sorted()
                            .toList();
                }
            }
            return listTree(Paths.get(url.toURI()), folder);
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the theme at " + url, e);
        }
    }

    private static List<String> listTree(Path dir, String prefix) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .map(relative -> prefix.isEmpty() ? relative : prefix + "/" + relative)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
