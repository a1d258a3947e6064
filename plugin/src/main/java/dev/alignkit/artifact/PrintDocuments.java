package dev.alignkit.artifact;

import dev.alignkit.artifact.StageTimes.Stage;
import dev.alignkit.diagnostics.Problem;
import dev.alignkit.diagnostics.SourcePosition;
import dev.alignkit.pdf.PdfMetadata;
import dev.alignkit.pdf.PdfRenderer;
import dev.alignkit.pdf.PdfResources;
import dev.alignkit.render.PrintDocument;
import dev.alignkit.render.PrintFiles;
import dev.alignkit.render.Views.KitView;
import dev.alignkit.site.SiteLayout;
import java.util.Optional;

/** The printable kit: one PDF per {@link PrintDocument}, when the build makes PDFs. */
final class PrintDocuments implements KitArtifact {
    @Override
    public void write(KitJob job) {
        job.tools().pdf().ifPresent(renderer -> {
            RenderTools.KitFiles files = job.tools().files();
            PdfResources resources = new PdfResources(SiteLayout.kitFolder(job.kit().id()),
                    PrintFiles.of(job.kit(), files.contentDirectory(), files.theme()), link -> files.urls().link(link).isEmpty(),
                    job.warnings()::notInPdf);
            for (PrintDocument document : PrintDocument.values()) {
                write(job, document, renderer, resources);
            }
        });
    }

    private static void write(KitJob job, PrintDocument document, PdfRenderer renderer, PdfResources resources) {
        KitView view = job.view();
        Optional<byte[]> pdf = job.timed(Stage.PDF, () -> job.tools().print().xhtml(view, document, job.msg(), job.problems())
                .flatMap(xhtml -> render(job, document, renderer, resources, xhtml)));
        pdf.ifPresent(bytes -> {
            String path = document.path(view.id());
            job.sink().write(path, bytes);
            job.addDocument(document.slug(), job.msg().get(document.titleKey()), path, bytes.length);
        });
    }

    private static Optional<byte[]> render(KitJob job, PrintDocument document, PdfRenderer renderer, PdfResources resources,
            String xhtml) {
        KitView view = job.view();
        String title = job.msg().get(document.titleKey());
        try {
            return Optional.of(renderer.render(xhtml, new PdfMetadata(view.title() + " – " + title, view.owner() == null ? "" : view.owner(),
                    view.strategy(), String.join(", ", view.tags()), view.language()), resources));
        } catch (PdfRenderer.MalformedXhtml e) {
            job.problems().accept(Problem.error(SourcePosition.ofFile("[theme]/" + document.template()), "template "
                    + document.template() + " produced XHTML that is not well-formed (line " + e.line() + ", column " + e.column()
                    + " of its output, while rendering kit '" + view.id() + "'): " + e.getMessage()
                    + "; close every tag and avoid HTML-only entities such as &nbsp;"));
            return Optional.empty();
        }
    }
}
