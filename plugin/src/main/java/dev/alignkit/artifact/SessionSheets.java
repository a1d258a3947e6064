package dev.alignkit.artifact;

import dev.alignkit.artifact.StageTimes.Stage;
import dev.alignkit.pdf.PdfResources;
import dev.alignkit.render.SessionSheet;
import dev.alignkit.render.Views.SessionView;
import java.util.Optional;

/**
 * The papers a meeting is run with, per meeting session with an agenda, when the build makes PDFs: the run sheet, the
 * timekeeper card and the note-taker sheet. Each session page links its own; they are facilitator material.
 */
final class SessionSheets implements KitArtifact {
    @Override
    public void write(KitJob job) {
        job.tools().pdf().ifPresent(renderer -> {
            PdfResources resources = PdfWriting.resources(job);
            for (SessionView session : job.view().sessions()) {
                if (!SessionSheet.applies(session)) {
                    continue;
                }
                for (SessionSheet sheet : SessionSheet.values()) {
                    String title = sheet.title(session, job.msg());
                    Optional<byte[]> pdf = job.timed(
                            Stage.PDF,
                            () -> job.tools()
                                    .print()
                                    .sessionSheet(job.view(), session, sheet, job.msg(), job.problems())
                                    .flatMap(xhtml -> PdfWriting.render(
                                            job, renderer, resources, xhtml, title, sheet.template())));
                    pdf.ifPresent(bytes -> {
                        String path = sheet.path(job.kit().id(), session.id());
                        job.sink().write(path, bytes);
                        job.addSessionDocument(
                                session.id(), sheet.slug(), job.msg().get(sheet.linkKey()), path, bytes.length);
                    });
                }
            }
        });
    }
}
