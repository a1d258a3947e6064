package dev.alignkit.artifact;

import dev.alignkit.artifact.StageTimes.Stage;
import dev.alignkit.render.Views.SessionView;

/** A page per session. */
final class SessionPages implements KitArtifact {
    @Override
    public void write(KitJob job) {
        for (SessionView session : job.view().sessions()) {
            job.timed(
                            Stage.HTML,
                            () -> job.tools()
                                    .pages()
                                    .session(
                                            job.view(),
                                            session,
                                            job.documents(),
                                            job.sessionDocuments(session.id()),
                                            job.msg(),
                                            job.problems()))
                    .ifPresent(html -> job.sink().write(session.links().url(), html));
        }
    }
}
