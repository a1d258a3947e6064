package dev.alignkit.artifact;

import dev.alignkit.diagnostics.Problem;
import dev.alignkit.diagnostics.SourcePosition;
import dev.alignkit.pdf.PdfMetadata;
import dev.alignkit.pdf.PdfRenderer;
import dev.alignkit.pdf.PdfResources;
import dev.alignkit.render.PrintFiles;
import dev.alignkit.render.Views.KitView;
import dev.alignkit.site.SiteLayout;
import java.util.Optional;

/** What every printed document of a kit shares: the files it may show, and XHTML turned into PDF bytes. */
final class PdfWriting {
    private PdfWriting() {}

    static PdfResources resources(KitJob job) {
        RenderTools.KitFiles files = job.tools().files();
        // Relative URLs in a PDF resolve as the kit's Markdown was written: against the kit's folder of the site before
        // facilitator material moved (PageLinks does the same for pages), which is the kit's public folder.
        return new PdfResources(
                SiteLayout.former(SiteLayout.publicKitFolder(job.kit().id())),
                PrintFiles.of(job.kit(), files.contentDirectory(), files.theme()),
                link -> files.urls().link(link).isEmpty(),
                job.warnings()::notInPdf);
    }

    /** The PDF, or empty after reporting a template that wrote XHTML that is not well-formed. */
    static Optional<byte[]> render(
            KitJob job, PdfRenderer renderer, PdfResources resources, String xhtml, String title, String template) {
        KitView view = job.view();
        try {
            return Optional.of(renderer.render(
                    xhtml,
                    new PdfMetadata(
                            view.title() + " – " + title,
                            view.about().owner() == null ? "" : view.about().owner(),
                            view.texts().strategy(),
                            String.join(", ", view.about().tags()),
                            view.about().language()),
                    resources));
        } catch (PdfRenderer.MalformedXhtml e) {
            job.problems()
                    .accept(Problem.error(
                            SourcePosition.ofFile("[theme]/" + template),
                            "template "
                                    + template + " produced XHTML that is not well-formed (line " + e.line()
                                    + ", column " + e.column()
                                    + " of its output, while rendering kit '" + view.id() + "'): " + e.getMessage()
                                    + "; close every tag and avoid HTML-only entities such as &nbsp;"));
            return Optional.empty();
        }
    }
}
