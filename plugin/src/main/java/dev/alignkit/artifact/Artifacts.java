package dev.alignkit.artifact;

import java.util.List;

/**
 * Every output of the site, in the order it is written. Adding an output is one class, its template or labels, and
 * one line here.
 */
public final class Artifacts {
    private Artifacts() {}

    /** Documents come before pages: the pages link them with their sizes. */
    public static final List<KitArtifact> PER_KIT = List.of(
            new Attachments(),
            new PrintDocuments(),
            new SessionHandouts(),
            new SessionSheets(),
            new PrintableSheets(),
            new CalendarDocument(),
            new ParticipantPage(),
            new KitPage(),
            new SessionPages(),
            new AttachmentPages(),
            new RunPages(),
            new SearchPart());

    public static final List<SiteArtifact> SITE_WIDE = List.of(
            new IndexPage(),
            new ActionsPage(),
            new ActionsExports(),
            new OwnerCalendars(),
            new NotFoundPage(),
            new ThemeAssets(),
            new SchemaFile(),
            new SearchIndexFile(),
            new SitemapFile());
}
