package dev.alignkit.artifact;

import dev.alignkit.artifact.StageTimes.Stage;

/** The kit's own page. */
final class KitPage implements KitArtifact {
    @Override
    public void write(KitJob job) {
        job.timed(Stage.HTML, () -> job.tools().pages().kit(job.view(), job.documents(), job.msg(), job.problems()))
                .ifPresent(html -> job.sink().write(job.view().url(), html));
    }
}
