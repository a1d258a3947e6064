package dev.alignkit.artifact;

import dev.alignkit.artifact.StageTimes.Stage;
import dev.alignkit.render.Views.AttachmentView;

/** A page for each Markdown attachment, so that a "strategy on a page" reads as a page, not as raw Markdown. */
final class AttachmentPages implements KitArtifact {
    @Override
    public void write(KitJob job) {
        for (AttachmentView attachment : job.view().attachments()) {
            if (attachment.content() == null) {
                continue;
            }
            job.timed(
                            Stage.HTML,
                            () -> job.tools().pages().attachment(job.view(), attachment, job.msg(), job.problems()))
                    .ifPresent(html -> job.sink().write(attachment.pagePath(), html));
        }
    }
}
