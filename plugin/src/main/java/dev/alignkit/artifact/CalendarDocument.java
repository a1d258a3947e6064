package dev.alignkit.artifact;

import dev.alignkit.artifact.StageTimes.Stage;
import dev.alignkit.site.SiteLayout;
import java.nio.charset.StandardCharsets;

/** The kit's calendar of dated sessions and check-ins, for kits with a start date. */
final class CalendarDocument implements KitArtifact {
    @Override
    public void write(KitJob job) {
        job.timed(Stage.HTML, () -> job.tools().calendar().render(job.view(), job.msg()))
                .ifPresent(ics -> {
                    byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);
                    String path = SiteLayout.calendar(job.view().id());
                    job.sink().write(path, bytes);
                    job.addDocument("calendar", job.msg().get("calendar"), path, bytes.length);
                });
    }
}
