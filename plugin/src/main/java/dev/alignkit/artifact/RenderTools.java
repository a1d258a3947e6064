package dev.alignkit.artifact;

import dev.alignkit.pdf.PdfRenderer;
import dev.alignkit.render.CalendarFile;
import dev.alignkit.render.MarkdownRenderer;
import dev.alignkit.render.PrintPages;
import dev.alignkit.render.SitePages;
import dev.alignkit.render.SiteSettings;
import dev.alignkit.render.Theme;
import dev.alignkit.safety.UrlPolicy;
import java.nio.file.Path;
import java.util.Optional;

/** What the artifacts of one build render with: set up once per build, shared by every kit and thread. */
public record RenderTools(
        MarkdownRenderer markdown,
        SitePages pages,
        PrintPages print,
        Optional<PdfRenderer> pdf,
        CalendarFile calendar,
        SiteSettings settings,
        KitFiles files,
        StageTimes times) {

    /** Where a kit's files are, for the PDFs and for positions in warnings; which links may leave a PDF. */
    public record KitFiles(Path projectDirectory, Path contentDirectory, Theme theme, UrlPolicy urls) {}

    public Theme theme() {
        return files.theme();
    }
}
