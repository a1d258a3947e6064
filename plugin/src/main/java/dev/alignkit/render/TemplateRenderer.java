package dev.alignkit.render;

import dev.alignkit.diagnostics.Problem;
import dev.alignkit.diagnostics.SourcePosition;
import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Renders one template with its data. When the data has the labels ({@code msg}, from {@link Messages#labels()}),
 * the template also gets the functions that finish labels with arguments ({@link LabelFunctions}): every page,
 * web or print, formats labels the same way. A broken template (usually a user's override) becomes one problem naming
 * the template file, line and column and the page being rendered, instead of a Freemarker stack trace.
 */
public final class TemplateRenderer {
    /**
     * Where a thread's pages are written: grown once to the size of the largest page and reused, without the locking
     * of a StringWriter. Growing and copying page text was a good part of rendering a page.
     */
    private static final ThreadLocal<TextBuffer> BUFFER = ThreadLocal.withInitial(TextBuffer::new);

    private static final int MAX_KEPT_BUFFER_CHARS = 4 * 1024 * 1024;

    private final Theme theme;

    public TemplateRenderer(Theme theme) {
        this.theme = theme;
    }

    public Theme theme() {
        return theme;
    }

    /** The rendered text, or empty after reporting what went wrong to {@code problems}. */
    public Optional<String> render(
            String templateName, Map<String, Object> data, String rendering, Consumer<Problem> problems) {
        return render(templateName, data, Optional.empty(), rendering, problems);
    }

    /** A web page: the kit's Markdown in it has its relative links made to lead from the page ({@link PageLinks}). */
    public Optional<String> render(
            String templateName,
            Map<String, Object> data,
            PageLinks links,
            String rendering,
            Consumer<Problem> problems) {
        return render(templateName, data, Optional.of(links), rendering, problems);
    }

    /** The rendered text, or empty after reporting what went wrong to {@code problems}. */
    private Optional<String> render(
            String templateName,
            Map<String, Object> data,
            Optional<PageLinks> links,
            String rendering,
            Consumer<Problem> problems) {
        TextBuffer out = BUFFER.get();
        out.text.setLength(0);
        boolean done = renderTo(out, templateName, data, links, rendering, problems);
        Optional<String> text = done ? Optional.of(out.text.toString()) : Optional.empty();
        if (out.text.capacity() > MAX_KEPT_BUFFER_CHARS) {
            // a site-wide page of a large site: not worth keeping for the rest of the build
            BUFFER.remove();
        }
        return text;
    }

    /**
     * Streams a page to {@code out} (see {@link dev.alignkit.output.StreamedText}); false after reporting a problem
     * with the template. Failing to write is not the template's fault: it is thrown, for the build to report at the
     * output folder.
     */
    public boolean renderTo(
            Writer out, String templateName, Map<String, Object> data, String rendering, Consumer<Problem> problems) {
        OutputFailures output = new OutputFailures(out);
        List<Problem> found = new ArrayList<>();
        boolean done = renderTo(output, templateName, data, Optional.empty(), rendering, found::add);
        if (output.failure != null) {
            throw new UncheckedIOException(output.failure);
        }
        found.forEach(problems);
        return done;
    }

    /** Remembers that writing failed, which Freemarker reports as any other IOException. */
    private static final class OutputFailures extends Writer {
        private final Writer out;
        private IOException failure;

        OutputFailures(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            try {
                out.write(chars, offset, length);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    private boolean renderTo(
            Writer out,
            String templateName,
            Map<String, Object> data,
            Optional<PageLinks> links,
            String rendering,
            Consumer<Problem> problems) {
        try {
            Template template = theme.freemarker().getTemplate(templateName);
            Environment env = template.createProcessingEnvironment(withLabelFunctions(data), out);
            links.ifPresent(l -> env.setCustomAttribute(ViewObjectWrapper.PAGE_LINKS, l));
            env.process();
            return true;
        } catch (TemplateNotFoundException e) {
            problems.accept(Problem.error(
                            SourcePosition.ofFile(display(templateName)),
                            "template '" + templateName
                                    + "' not found in the project's templates/ or the built-in theme")
                    .during(whileRendering(rendering)));
        } catch (ParseException e) {
            problems.accept(Problem.error(
                            new SourcePosition(
                                    display(e.getTemplateName() == null ? templateName : e.getTemplateName()),
                                    e.getLineNumber(),
                                    e.getColumnNumber()),
                            "template syntax error: " + firstLine(e.getEditorMessage()))
                    .during(whileRendering(rendering)));
        } catch (TemplateException e) {
            String source = e.getTemplateSourceName() == null ? templateName : e.getTemplateSourceName();
            int line = e.getLineNumber() == null ? 1 : e.getLineNumber();
            int column = e.getColumnNumber() == null ? 1 : e.getColumnNumber();
            problems.accept(Problem.error(
                            new SourcePosition(display(source), line, column),
                            "template error: " + firstLine(e.getMessageWithoutStackTop()))
                    .during(whileRendering(rendering)));
        } catch (IOException e) {
            problems.accept(Problem.error(
                            SourcePosition.ofFile(display(templateName)),
                            "cannot read template '" + templateName + "': " + e.getMessage())
                    .during(whileRendering(rendering)));
        }
        return false;
    }

    private static Map<String, Object> withLabelFunctions(Map<String, Object> data) {
        if (!(data.get("msg") instanceof Messages.Labels labels)) {
            return data;
        }
        Map<String, Object> model = new HashMap<>(data);
        LabelFunctions.of(labels.messages()).forEach(model::putIfAbsent);
        return model;
    }

    /** The same mistake on many pages is one problem: the page goes apart from the message, see {@link Problem#during}. */
    private static String whileRendering(String rendering) {
        return "while rendering " + rendering;
    }

    /** Project templates are shown by their path in the project; built-in ones by their place in the theme. */
    private String display(String templateName) {
        return theme.describe(templateName);
    }

    private static String firstLine(String message) {
        String text = message == null ? "unknown error" : message.strip();
        int tip = text.indexOf("\n----");
        String head = tip > 0 ? text.substring(0, tip) : text;
        // The position is already in front of the message.
        return head.replaceAll("\\s*\\n\\s*", " ")
                .replaceAll("\\s*\\[in template \"[^\"]*\" at line \\d+, column \\d+]", "")
                .strip();
    }

    private static final class TextBuffer extends Writer {
        private final StringBuilder text = new StringBuilder(64 * 1024);

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String string, int offset, int length) {
            text.append(string, offset, offset + length);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
