package dev.alignkit.artifact;

import dev.alignkit.artifact.StageTimes.Stage;
import dev.alignkit.pdf.OnePage;
import dev.alignkit.pdf.PdfRenderer;
import dev.alignkit.pdf.PdfResources;
import dev.alignkit.render.PrintDocument;
import dev.alignkit.render.Views.KitView;
import java.util.Optional;

/** The printable kit: one PDF per {@link PrintDocument}, when the build makes PDFs. */
final class PrintDocuments implements KitArtifact {
    @Override
    public void write(KitJob job) {
        job.tools().pdf().ifPresent(renderer -> {
            PdfResources resources = PdfWriting.resources(job);
            for (PrintDocument document : PrintDocument.values()) {
                if (document.appliesTo(job.view())) {
                    write(job, document, renderer, resources);
                }
            }
        });
    }

    private static void write(KitJob job, PrintDocument document, PdfRenderer renderer, PdfResources resources) {
        KitView view = job.view();
        String title = job.msg().get(document.titleKey());
        // Only the poster must stay on one page; the other documents are rendered once.
        OnePage.Attempt attempt = smaller -> job.tools()
                .print()
                .xhtml(view, document, job.kit().posterSize(), smaller, job.msg(), job.problems())
                .flatMap(xhtml -> PdfWriting.render(job, renderer, resources, xhtml, title, document.template()));
        Optional<byte[]> pdf = job.timed(
                Stage.PDF,
                () -> document == PrintDocument.GROUND_RULES ? OnePage.largestFitting(attempt) : attempt.render(0));
        pdf.ifPresent(bytes -> {
            String path = document.path(view.id());
            job.sink().write(path, bytes);
            job.addDocument(document.slug(), title, path, bytes.length);
        });
    }
}
