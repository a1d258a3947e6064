package dev.alignkit.artifact;

import dev.alignkit.artifact.StageTimes.Stage;
import dev.alignkit.pdf.PdfResources;
import dev.alignkit.render.PrintPages;
import dev.alignkit.render.Views.SessionView;
import dev.alignkit.site.SiteLayout;
import java.util.Optional;

/**
 * A participant handout per session, when the build makes PDFs: a series' week-1 paper shows week 1 only, so nobody
 * reads a question that builds on answers not yet given. Each session page links its own.
 */
final class SessionHandouts implements KitArtifact {
    static final String KIND = "session-handout";

    @Override
    public void write(KitJob job) {
        job.tools().pdf().ifPresent(renderer -> {
            PdfResources resources = PdfWriting.resources(job);
            for (SessionView session : job.view().sessions()) {
                String title = PrintPages.sessionHandoutTitle(session, job.msg());
                Optional<byte[]> pdf = job.timed(
                        Stage.PDF,
                        () -> job.tools()
                                .print()
                                .sessionHandout(job.view(), session, job.msg(), job.problems())
                                .flatMap(xhtml -> PdfWriting.render(
                                        job, renderer, resources, xhtml, title, "print/session-handout.ftlh")));
                pdf.ifPresent(bytes -> {
                    String path = SiteLayout.sessionHandout(job.kit().id(), session.id());
                    job.sink().write(path, bytes);
                    job.addSessionDocument(session.id(), KIND, job.msg().get("handoutForSession"), path, bytes.length);
                });
            }
        });
    }
}
