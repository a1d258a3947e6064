package dev.alignkit.artifact;

import dev.alignkit.artifact.StageTimes.Stage;
import dev.alignkit.render.PrintDocument;
import dev.alignkit.render.Views.DocumentLink;
import dev.alignkit.site.SiteLayout;
import java.util.List;

/** The kit's page for participants, which the participant handouts' QR code opens; it links their handouts only. */
final class ParticipantPage implements KitArtifact {
    @Override
    public void write(KitJob job) {
        List<DocumentLink> forParticipants = job.documents().stream()
                .filter(d -> d.kind().equals(PrintDocument.PARTICIPANT_HANDOUT.slug()))
                .toList();
        job.timed(
                        Stage.HTML,
                        () -> job.tools()
                                .pages()
                                .participants(
                                        job.view(), forParticipants, job.sessionDocuments(), job.msg(), job.problems()))
                .ifPresent(html ->
                        job.sink().write(SiteLayout.participantPage(job.kit().id()), html));
    }
}
