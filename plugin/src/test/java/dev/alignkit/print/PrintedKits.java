package dev.alignkit.print;

import dev.alignkit.content.Kit;
import dev.alignkit.content.PosterSize;
import dev.alignkit.content.Session;
import dev.alignkit.render.Messages;
import dev.alignkit.render.PrintDocument;
import dev.alignkit.render.Theme;
import dev.alignkit.support.PrintFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every PDF of every example kit, in A4 and Letter, English and German, rendered once and read back.
 * German: the example kits with {@code language: de} (German labels, dates and line lengths) and the German
 * fixture kit of the PDF tests.
 */
public final class PrintedKits {
    private static final Path EXAMPLES = Path.of("../content");
    private static final Path GERMAN_FIXTURE = Path.of("src/test/resources/print/strategie-kit.yaml");
    private static final Path GERMAN_EXAMPLES = Path.of("target/print-check/de");
    private static final List<String> EXAMPLE_KITS = List.of(
            "organizational-alignment",
            "cross-departmental-marketing-meeting",
            "align-the-organization",
            "alignment-day");
    private static final List<String> PAGE_SIZES = List.of("A4", "letter");
    private static final Theme THEME = new Theme(Optional.empty());

    /**
     * One printed document of one kit, with the kit it came from, the labels of its language and the sessions it prints:
     * all of them, or one for a session's handout (of kind {@link PrintDocument#PARTICIPANT_HANDOUT}).
     */
    public record PrintedDocument(
            String name,
            Kit kit,
            PrintDocument kind,
            List<Session> sessions,
            String pageSize,
            Messages msg,
            byte[] pdf,
            PrintedPages pages) {
        @Override
        public String toString() {
            return name;
        }

        public boolean printsFirstSession() {
            return sessions.contains(kit.sessions().get(0));
        }
    }

    private static List<PrintedDocument> all;

    public static synchronized List<PrintedDocument> all() {
        if (all == null) {
            all = render();
        }
        return all;
    }

    private static List<PrintedDocument> posters;

    /** The ground-rules poster of every example kit on every poster sheet, in English and German. */
    public static synchronized List<PrintedDocument> postersOnEverySheet() {
        if (posters == null) {
            List<PrintedDocument> documents = new ArrayList<>();
            PrintFixture fixture = new PrintFixture();
            for (Path file : kitFiles()) {
                Kit kit = PrintFixture.loadKit(file);
                Messages msg = Messages.load(THEME, kit.language());
                for (PosterSize size : PosterSize.values()) {
                    String name = kit.id() + " (" + kit.language() + ") poster " + size.label();
                    byte[] pdf = fixture.posterPdf(kit, size);
                    documents.add(new PrintedDocument(
                            name,
                            kit,
                            PrintDocument.GROUND_RULES,
                            kit.sessions(),
                            size.label(),
                            msg,
                            pdf,
                            PrintedPages.read(pdf)));
                }
            }
            posters = List.copyOf(documents);
        }
        return posters;
    }

    public static Stream<PrintedDocument> of(PrintDocument kind) {
        return all().stream().filter(d -> d.kind() == kind);
    }

    public static List<Path> kitFiles() {
        List<Path> files = new ArrayList<>();
        EXAMPLE_KITS.forEach(id -> files.add(EXAMPLES.resolve(id + ".yaml")));
        Path german = germanExamples();
        EXAMPLE_KITS.forEach(id -> files.add(german.resolve(id + ".yaml")));
        files.add(GERMAN_FIXTURE);
        return files;
    }

    private static List<PrintedDocument> render() {
        List<PrintedDocument> documents = new ArrayList<>();
        for (String size : PAGE_SIZES) {
            PrintFixture fixture = new PrintFixture(Optional.of("https://intranet.example.com/kits/"), size);
            for (Path file : kitFiles()) {
                Kit kit = PrintFixture.loadKit(file);
                Messages msg = Messages.load(THEME, kit.language());
                for (PrintDocument kind : PrintDocument.values()) {
                    if (!kind.appliesTo(fixture.view(kit))) {
                        continue;
                    }
                    String name = kit.id() + " (" + kit.language() + ", " + size + ") " + kind.slug();
                    byte[] pdf = fixture.pdf(kit, kind);
                    documents.add(new PrintedDocument(
                            name, kit, kind, kit.sessions(), size, msg, pdf, PrintedPages.read(pdf)));
                }
                for (Session session : kit.sessions()) {
                    String name = kit.id() + " (" + kit.language() + ", " + size + ") handout-" + session.id();
                    byte[] pdf = fixture.sessionHandoutPdf(kit, session.id());
                    documents.add(new PrintedDocument(
                            name,
                            kit,
                            PrintDocument.PARTICIPANT_HANDOUT,
                            List.of(session),
                            size,
                            msg,
                            pdf,
                            PrintedPages.read(pdf)));
                }
            }
        }
        return List.copyOf(documents);
    }

    /** A copy of the example content with every kit switched to German. */
    private static Path germanExamples() {
        try {
            try (Stream<Path> files = Files.walk(EXAMPLES)) {
                for (Path source : files.filter(Files::isRegularFile).toList()) {
                    Path target =
                            GERMAN_EXAMPLES.resolve(EXAMPLES.relativize(source).toString());
                    Files.createDirectories(target.getParent());
                    if (source.toString().endsWith(".yaml")) {
                        Files.writeString(
                                target, Files.readString(source).replaceFirst("(?m)^language: en$", "language: de"));
                    } else {
                        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return GERMAN_EXAMPLES;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Not a test: writes every printed document to a folder (default target/print-look) for a person to look at. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/print-look");
        Files.createDirectories(out);
        List<PrintedDocument> documents = new ArrayList<>(all());
        documents.addAll(postersOnEverySheet());
        for (PrintedDocument d : documents) {
            String file = d.name().replaceAll("[^A-Za-z0-9-]+", "-") + ".pdf";
            Files.write(out.resolve(file), d.pdf());
        }
    }

    private PrintedKits() {}
}
