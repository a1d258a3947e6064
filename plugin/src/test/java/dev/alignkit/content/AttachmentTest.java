package dev.alignkit.content;

import static dev.alignkit.content.Kits.onlyProblem;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attachments stay inside the content folder, must exist, and are documents a browser does not run. */
class AttachmentTest {
    @TempDir
    Path project;

    @Test
    void pathLeavingTheContentFolderIsRefused() {
        assertEquals(
                "kits/broken/attachment-outside.yaml:3:11: error: attachment '../secret.txt' points outside the content folder; "
                        + "move the file into content/ and link it from there",
                onlyProblem("kits/broken/attachment-outside.yaml"));
    }

    @Test
    void absolutePathIsRefused() {
        assertEquals(
                "kits/broken/attachment-absolute.yaml:3:11: error: attachment '/etc/passwd' must be a path relative to the "
                        + "content folder, like 'my-kit/agenda.pdf'",
                onlyProblem("kits/broken/attachment-absolute.yaml"));
    }

    @Test
    void missingFileIsReported() {
        assertEquals(
                "kits/broken/attachment-missing.yaml:3:11: error: attachment 'handouts/agenda.pdf' does not exist; "
                        + "check the spelling or add the file under content/",
                onlyProblem("kits/broken/attachment-missing.yaml"));
    }

    @Test
    void htmlAttachmentIsRefusedBecauseItWouldRunScript() {
        assertEquals(
                "kits/broken/attachment-html.yaml:3:11: error: attachment 'handouts/agenda.html' is a .html file, which would run"
                        + " script in the site's pages; convert it to PDF or an image, or link to it where it is published",
                onlyProblem("kits/broken/attachment-html.yaml"));
    }

    @Test
    void svgAttachmentIsRefusedWhateverTheCaseOfItsType() {
        assertEquals(
                "kits/broken/attachment-svg.yaml:3:11: error: attachment 'handouts/logo.SVG' is a .svg file, which would run"
                        + " script in the site's pages; convert it to PDF or an image, or link to it where it is published",
                onlyProblem("kits/broken/attachment-svg.yaml"));
    }

    @Test
    void rightToLeftOverrideInANameIsRefused() {
        assertEquals(
                "kits/broken/attachment-bidi.yaml:3:11: error: attachment 'handouts/agenda-\\u202Efdp.html' has the invisible"
                        + " character U+202E in its name, which can disguise its type; rename the file without it",
                onlyProblem("kits/broken/attachment-bidi.yaml"));
    }

    @Test
    void typeOutsideTheAllowListIsRefusedWithTheTypesThatAreAllowed() {
        assertEquals(
                "kits/broken/attachment-unknown-type.yaml:3:11: error: attachment 'handouts/setup.exe' has the type .exe, which"
                        + " kits do not publish; attach pdf, png, jpg, jpeg, gif, webp, md, txt, csv, docx, xlsx, pptx, odt, ods, odp, doc, xls,"
                        + " ppt files",
                onlyProblem("kits/broken/attachment-unknown-type.yaml"));
    }

    @Test
    void attachmentLargerThanTheLimitIsRefusedWithoutBeingRead() throws IOException {
        Path content = Files.createDirectories(project.resolve("content"));
        try (RandomAccessFile sparse = new RandomAccessFile(
                Files.createDirectories(content.resolve("files"))
                        .resolve("big.pdf")
                        .toFile(),
                "rw")) {
            sparse.setLength(3L * 1024 * 1024 * 1024);
        }
        Path kit = Files.writeString(
                content.resolve("kit.yaml"),
                "title: Kit\nattachments:\n  - file: files/big.pdf\nsessions:\n  - title: A\n");

        LoadResult result = new KitLoader(content, project, KitDefaults.english(), 20L * 1024 * 1024).load(kit);

        assertEquals(
                "content/kit.yaml:3:11: error: attachment 'files/big.pdf' is 3072 MB, more than the limit of 20 MB; make it"
                        + " smaller, link to it where it is published, or raise align.maxAttachmentSize",
                onlyProblem(result));
    }

    @Test
    void namesWithSpacesAndReservedCharactersAreAccepted() throws IOException {
        Path content = Files.createDirectories(project.resolve("content"));
        Files.writeString(Files.createDirectories(content.resolve("files")).resolve("agenda #1? 100%.pdf"), "%PDF-1.4");
        Path kit = Files.writeString(
                content.resolve("kit.yaml"),
                "title: Kit\nattachments:\n  - file: \"files/agenda #1? 100%.pdf\"\nsessions:\n  - title: A\n");

        LoadResult result = new KitLoader(content, project, KitDefaults.english()).load(kit);

        assertEquals(List.of(), Kits.formatted(result));
        assertEquals(
                "files/agenda #1? 100%.pdf",
                result.kits().get(0).attachments().get(0).path());
    }

    @Test
    void aMarkdownAttachmentIsReadSoThatItCanBecomeAPage() throws IOException {
        LoadResult result = loadWithAttachment("strategy.md", "# Strategy\n\nWhy we change.\n".getBytes(UTF_8));

        assertEquals(List.of(), Kits.formatted(result));
        assertEquals(
                Optional.of(new Markdown("# Strategy\n\nWhy we change.\n")),
                result.kits().get(0).attachments().get(0).text());
    }

    @Test
    void otherAttachmentsAreNotRead() throws IOException {
        LoadResult result = loadWithAttachment("agenda.txt", "Agenda".getBytes(UTF_8));

        assertEquals(Optional.empty(), result.kits().get(0).attachments().get(0).text());
    }

    @Test
    void aMarkdownAttachmentThatIsNotUtf8IsAnErrorAtItsFile() throws IOException {
        LoadResult result = loadWithAttachment("strategy.md", new byte[] {'W', 'h', 'y', (byte) 0xE9, '\n'});

        assertEquals(
                "content/kit.yaml:3:11: error: attachment 'files/strategy.md' is not UTF-8 text; save the Markdown file"
                        + " as UTF-8",
                onlyProblem(result));
    }

    @Test
    void aMarkdownAttachmentLargerThanAPageShouldBeIsAnError() throws IOException {
        LoadResult result =
                loadWithAttachment("strategy.md", "word ".repeat(110_000).getBytes(UTF_8));

        assertEquals(
                "content/kit.yaml:3:11: error: attachment 'files/strategy.md' is 538 KB of Markdown, more than the 512 KB"
                        + " a Markdown attachment may have: it becomes a page of the site and of the printed guide; split"
                        + " it, or attach it as PDF",
                onlyProblem(result));
    }

    private LoadResult loadWithAttachment(String name, byte[] bytes) throws IOException {
        Path content = Files.createDirectories(project.resolve("content"));
        Files.write(Files.createDirectories(content.resolve("files")).resolve(name), bytes);
        Path kit = Files.writeString(
                content.resolve("kit.yaml"),
                "title: Kit\nattachments:\n  - file: files/" + name + "\nsessions:\n  - title: A\n");
        return new KitLoader(content, project, KitDefaults.english()).load(kit);
    }
}
