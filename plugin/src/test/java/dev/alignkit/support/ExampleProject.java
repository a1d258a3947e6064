package dev.alignkit.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** A throw-away project holding copies of the repository's example kits (tests run in plugin/). */
public final class ExampleProject {
    private static final Path EXAMPLES = Path.of("../content");

    private ExampleProject() {}

    public static Path copyTo(Path project) throws IOException {
        try (Stream<Path> walk = Files.walk(EXAMPLES)) {
            for (Path source : walk.toList()) {
                Path target = project.resolve("content")
                        .resolve(EXAMPLES.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return project;
    }
}
