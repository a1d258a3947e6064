package dev.alignkit.artifact;

import dev.alignkit.artifact.StageTimes.Stage;
import dev.alignkit.content.Session;
import dev.alignkit.render.RunView;
import dev.alignkit.render.RunViewBuilder;
import dev.alignkit.site.SiteLayout;

/** A run page per session: the timer a facilitator runs the meeting from, or a pulse's launch sheet. */
final class RunPages implements KitArtifact {
    @Override
    public void write(KitJob job) {
        for (Session session : job.kit().sessions()) {
            RunView run = RunViewBuilder.build(job.kit(), session, job.sessionView(session.id()), job.msg());
            job.timed(Stage.HTML, () -> job.tools().pages().run(job.view(), run, job.msg(), job.problems()))
                    .ifPresent(html ->
                            job.sink().write(SiteLayout.runPage(job.kit().id(), session.id()), html));
        }
    }
}
