package dev.alignkit.artifact;

import dev.alignkit.artifact.StageTimes.Stage;
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
        Optional<byte[]> pdf = job.timed(
                Stage.PDF,
                () -> job.tools()
                        .print()
                        .xhtml(view, document, job.msg(), job.problems())
                        .flatMap(xhtml ->
                                PdfWriting.render(job, renderer, resources, xhtml, title, document.template())));
        pdf.ifPresent(bytes -> {
            String path = document.path(view.id());
            job.sink().write(path, bytes);
            job.addDocument(document.slug(), title, path, bytes.length);
        });
    }
}
