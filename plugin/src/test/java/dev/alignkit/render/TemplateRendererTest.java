package dev.alignkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.diagnostics.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateRendererTest {
    @TempDir
    Path templates;

    private List<Problem> render(String name, String source, Map<String, Object> data) throws IOException {
        Files.writeString(templates.resolve(name), source);
        List<Problem> problems = new ArrayList<>();
        new TemplateRenderer(new Theme(Optional.of(templates)))
                .render(name, data, "kit 'k', page k/index.html", problems::add);
        return problems;
    }

    @Test
    void brokenOverrideIsReportedWithTemplateFileLineColumnAndPage() throws IOException {
        List<Problem> problems = render(
                "kit.ftlh", "<h1>${kit.title}</h1>\n<p>${kit.nosuch.field}</p>\n", Map.of("kit", Map.of("title", "T")));
        assertEquals(1, problems.size());
        String message = problems.get(0).format();
        assertTrue(message.startsWith(templates.getFileName() + "/kit.ftlh:2:"), message);
        assertTrue(message.contains("while rendering kit 'k', page k/index.html"), message);
        assertTrue(!message.contains("\n"), "one line: " + message);
    }

    @Test
    void syntaxErrorIsReportedWithPosition() throws IOException {
        List<Problem> problems = render("kit.ftlh", "<#if true>\n<p>never closed\n", Map.of());
        assertEquals(1, problems.size());
        assertTrue(
                problems.get(0).format().contains("kit.ftlh:"), problems.get(0).format());
        assertTrue(
                problems.get(0).message().startsWith("template syntax error: "),
                problems.get(0).message());
        assertEquals(
                "while rendering kit 'k', page k/index.html", problems.get(0).during());
    }

    @Test
    void contentIsEscapedButRenderedMarkdownIsNot() throws IOException {
        Files.writeString(templates.resolve("x.ftlh"), "${plain}|${html}");
        List<Problem> problems = new ArrayList<>();
        String out = new TemplateRenderer(new Theme(Optional.of(templates)))
                .render("x.ftlh", Map.of("plain", "<b>&", "html", new Html("<em>ok</em>")), "test", problems::add)
                .orElseThrow();
        assertEquals("&lt;b&gt;&amp;|<em>ok</em>", out);
    }

    @Test
    void projectMessagesOverrideBuiltInLabelsKeyByKey() throws IOException {
        Files.createDirectories(templates.resolve("i18n"));
        Files.writeString(templates.resolve("i18n/messages.properties"), "agenda=Running order\n");
        Messages msg = Messages.load(new Theme(Optional.of(templates)), "en");
        assertEquals("Running order", msg.get("agenda"));
        assertEquals("Break", msg.get("break"), "keys the override lacks come from the built-in file");
    }

    @Test
    void failingToWriteAStreamedPageIsThrownNotBlamedOnTheTemplate() throws IOException {
        Files.writeString(templates.resolve("ledger.ftlh"), "<p>${text}</p>");
        List<Problem> problems = new ArrayList<>();
        Writer fullDisk = new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        UncheckedIOException thrown = assertThrows(
                UncheckedIOException.class,
                () -> new TemplateRenderer(new Theme(Optional.of(templates)))
                        .renderTo(fullDisk, "ledger.ftlh", Map.of("text", "x"), "the actions page", problems::add));
        assertEquals("No space left on device", thrown.getCause().getMessage());
        assertEquals(List.of(), problems);
    }
}
