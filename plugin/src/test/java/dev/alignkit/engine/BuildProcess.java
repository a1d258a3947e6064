package dev.alignkit.engine;

import dev.alignkit.cli.Cli;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Runs {@link Cli} in a JVM of its own, for tests about clocks, locales, kills and concurrent builds. */
final class BuildProcess {
    private BuildProcess() {}

    static ProcessBuilder builder(Path project, Map<String, String> environment, String... options) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path")));
        environment.forEach((k, v) -> {
            if (k.equals("TZ")) {
                command.add("-Duser.timezone=" + v);
            }
            if (k.equals("LANG")) {
                command.add("-Duser.language=" + v.substring(0, 2));
            }
        });
        command.add(Cli.class.getName());
        command.add(project.toString());
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        return builder;
    }

    /** Runs to the end and returns the exit code; output goes to {@code log}. */
    static int run(Path project, Path log, Map<String, String> environment, String... options)
            throws IOException, InterruptedException {
        return builder(project, environment, options)
                .redirectOutput(log.toFile())
                .start()
                .waitFor();
    }

    /** A project holding copies of the example kits. */
    static Path exampleProject(Path dir) throws IOException {
        return dev.alignkit.support.ExampleProject.copyTo(dir);
    }

    /** Every file under {@code root} with its bytes, by '/'-separated relative path. */
    static Map<String, byte[]> snapshot(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Deletes a folder and everything in it, as {@code mvn clean} does with {@code target/}. */
    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
