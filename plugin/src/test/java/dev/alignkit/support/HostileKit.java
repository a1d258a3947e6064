package dev.alignkit.support;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/** A kit file whose summary and prompts carry every {@link HostileMarkdown} vector, for builds of pages and PDFs. */
public final class HostileKit {
    public static final String ID = "hostile";

    private HostileKit() {}

    /**
     * Writes {@code content/hostile.yaml} into the project, with {@code extra} Markdown added as one more prompt each, and
     * the image {@code a.png} that a vector shows. Left out: the vectors whose scheme is not one ({@code %3A}, an entity
     * without its semicolon), which are harmless relative links to pages the site does not have, and fail the build; and
     * the vectors with a raw control character, which the loader refuses before any Markdown is rendered (see
     * {@code HostileContentTest}).
     */
    public static Path write(Path project, List<String> extra) throws IOException {
        StringBuilder yaml =
                new StringBuilder("title: Hostile kit\nattachments:\n  - file: a.png\n    title: A\nsummary: ");
        List<String> vectors = HostileMarkdown.vectors().stream()
                .map(HostileMarkdown.Vector::markdown)
                .filter(markdown -> !markdown.contains("%3A") && !markdown.contains("&#58alert"))
                .filter(markdown -> markdown.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\t'))
                .toList();
        yaml.append(quoted(String.join("\n\n", vectors))).append("\nsessions:\n  - title: Vectors\n    prompts:\n");
        for (String markdown : vectors) {
            yaml.append("      - ").append(quoted(markdown)).append('\n');
        }
        for (String markdown : extra) {
            yaml.append("      - ").append(quoted(markdown)).append('\n');
        }
        Path file = project.resolve("content").resolve(ID + ".yaml");
        Files.createDirectories(file.getParent());
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "png", project.resolve("content/a.png").toFile());
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    /** A YAML double-quoted scalar: every character but printable ASCII and letters escaped. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 || c == 0x7F ? String.format("\\x%02X", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
