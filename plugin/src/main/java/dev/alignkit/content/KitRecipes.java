package dev.alignkit.content;

import dev.alignkit.diagnostics.Echo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Starts a new kit from a built-in recipe: a commented kit that builds as it is. */
public final class KitRecipes {
    public static final List<String> NAMES =
            List.of("pulse-series", "meeting", "alignment-day", "align-the-organization");

    private KitRecipes() {}

    /** What {@link #create} did: the file written, or why nothing was written. */
    public record Created(Path file, String problem) {
        public boolean succeeded() {
            return problem == null;
        }
    }

    public static Created create(Path contentDirectory, String title, String recipe, LocalDate start) {
        if (title == null || title.isBlank()) {
            return new Created(null, "a title is needed: mvn align:new -Dalign.title=\"Customer-First Rollout\"");
        }
        if (!NAMES.contains(recipe)) {
            return new Created(
                    null,
                    "unknown recipe '" + Echo.value(recipe) + "'" + DidYouMean.hint(recipe, NAMES) + "; choose one of "
                            + String.join(", ", NAMES));
        }
        Optional<String> refused = refusal(title.strip());
        if (refused.isPresent()) {
            return new Created(null, refused.get());
        }
        Path file = contentDirectory.resolve(KitLoader.suggestedId(title) + ".yaml");
        String text = recipe(recipe).replace("@TITLE@", quoted(title.strip())).replace("@START@", start.toString());
        try {
            Files.createDirectories(contentDirectory);
            Files.writeString(
                    file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            return new Created(file, file + " already exists; choose another title or edit that file");
        } catch (IOException e) {
            return new Created(file, "cannot write " + file + ": " + e.getMessage());
        }
        return new Created(file, null);
    }

    /** Why a title cannot make a kit that builds, or empty. */
    private static Optional<String> refusal(String title) {
        int hidden = title.codePoints().filter(Echo::isHidden).findFirst().orElse(-1);
        if (hidden >= 0) {
            return Optional.of("the title '" + Echo.value(title) + "' contains the control character "
                    + String.format("U+%04X", hidden) + "; write the title on one line without it");
        }
        if (title.length() > Fields.MAX_NAME_CHARS) {
            return Optional.of("the title is " + title.length() + " characters long, more than the limit of "
                    + Fields.MAX_NAME_CHARS + "; choose a shorter title and put the rest into the kit's summary");
        }
        return Optional.empty();
    }

    /** Inside the recipe's double quotes, and with braces doubled so that they are text, not placeholders. */
    private static String quoted(String title) {
        return title.replace("\\", "\\\\")
                .replace("\"", "\\\"")
                .replace("{", "{{")
                .replace("}", "}}");
    }

    private static String recipe(String name) {
        try (InputStream in = KitRecipes.class.getResourceAsStream("/dev/alignkit/recipes/" + name + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("recipe " + name + " is missing from the plugin");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
