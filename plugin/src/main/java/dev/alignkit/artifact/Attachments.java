package dev.alignkit.artifact;

import dev.alignkit.site.SiteLayout;

/** The kit's attached files, copied as they are into its {@code files/} folder. */
final class Attachments implements KitArtifact {
    @Override
    public void write(KitJob job) {
        String kitId = job.kit().id();
        job.kit()
                .attachments()
                .forEach(a -> job.sink().copy(SiteLayout.attachment(kitId, a.path(), a.forParticipants()), a.source()));
    }
}
