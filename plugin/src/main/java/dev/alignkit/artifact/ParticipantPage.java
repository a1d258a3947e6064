package dev.alignkit.artifact;

import dev.alignkit.artifact.StageTimes.Stage;
import dev.alignkit.render.PrintDocument;
import dev.alignkit.render.Views.DocumentLink;
import dev.alignkit.site.SiteLayout;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
                                        job.view(), forParticipants, handoutsBySession(job), job.msg(), job.problems()))
                .ifPresent(html -> {
                    String path = SiteLayout.participantPage(job.kit().id());
                    FacilitatorLinks.on(job.kit().id(), path, html)
                            .forEach(link ->
                                    job.warnings().facilitatorLinkForParticipants(link.asWritten(), link.target()));
                    job.sink().write(path, html);
                });
    }

    /**
     * Each session's handout, and nothing else printed for the session: its sheets, run sheet, timekeeper card and
     * note-taker sheet are facilitator material.
     */
    private static Map<String, List<DocumentLink>> handoutsBySession(KitJob job) {
        Map<String, List<DocumentLink>> handouts = new TreeMap<>();
        job.sessionDocuments()
                .forEach((session, documents) -> handouts.put(
                        session,
                        documents.stream()
                                .filter(d -> d.kind().equals(SessionHandouts.KIND))
                                .toList()));
        return handouts;
    }
}
