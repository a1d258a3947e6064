package dev.alignkit.artifact;

import dev.alignkit.artifact.StageTimes.Stage;
import dev.alignkit.content.Session;
import dev.alignkit.content.Sheet;
import dev.alignkit.pdf.PdfRenderer;
import dev.alignkit.pdf.PdfResources;
import dev.alignkit.render.SheetPages;
import dev.alignkit.render.SheetPages.SheetFile;
import dev.alignkit.render.Views.SessionView;
import dev.alignkit.site.SiteLayout;
import java.util.Optional;

/**
 * The printable sheets a kit and its sessions ask for ({@code sheets:}), when the build makes PDFs: the kit's under
 * "Printable sheets" on its page, a session's on the session's page. Facilitator material, printed for the room.
 */
final class PrintableSheets implements KitArtifact {
    /** The kind of a sheet's link: the pages list them apart from the printed kit. */
    static final String KIND = "sheet";

    @Override
    public void write(KitJob job) {
        job.tools().pdf().ifPresent(renderer -> {
            PdfResources resources = PdfWriting.resources(job);
            int kitRows = job.kit().participants().orElse(SheetPages.DEFAULT_ATTENDANCE_ROWS);
            for (Sheet sheet : job.kit().sheets()) {
                for (SheetFile file : SheetPages.files(sheet)) {
                    String path = SiteLayout.sheet(job.kit().id(), file.name());
                    render(job, renderer, resources, Optional.empty(), file, kitRows)
                            .ifPresent(bytes -> {
                                job.sink().write(path, bytes);
                                job.addDocument(KIND, SheetPages.title(file, job.msg()), path, bytes.length);
                            });
                }
            }
            for (int i = 0; i < job.kit().sessions().size(); i++) {
                Session session = job.kit().sessions().get(i);
                SessionView view = job.view().sessions().get(i);
                int rows = session.participants().orElse(kitRows);
                for (Sheet sheet : session.sheets()) {
                    for (SheetFile file : SheetPages.files(sheet)) {
                        String path = SiteLayout.printableSheet(job.kit().id(), session.id(), file.name());
                        render(job, renderer, resources, Optional.of(view), file, rows)
                                .ifPresent(bytes -> {
                                    job.sink().write(path, bytes);
                                    job.addSessionDocument(
                                            session.id(), KIND, SheetPages.title(file, job.msg()), path, bytes.length);
                                });
                    }
                }
            }
        });
    }

    private static Optional<byte[]> render(
            KitJob job,
            PdfRenderer renderer,
            PdfResources resources,
            Optional<SessionView> session,
            SheetFile file,
            int rows) {
        SheetPages sheets = job.tools().print().sheets();
        String title = SheetPages.title(file, job.msg());
        return job.timed(
                Stage.PDF,
                () -> sheets.xhtml(job.view(), session, file, rows, job.msg(), job.problems())
                        .flatMap(xhtml -> PdfWriting.render(job, renderer, resources, xhtml, title, file.template()))
                        .map(pages -> {
                            if (!file.booklet()) {
                                return pages;
                            }
                            float[] sheet = sheets.bookletSheet();
                            return renderer.booklet(pages, sheet[0], sheet[1]);
                        }));
    }
}
