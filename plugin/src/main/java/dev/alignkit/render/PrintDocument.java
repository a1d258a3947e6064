package dev.alignkit.render;

import dev.alignkit.site.SiteLayout;

/** The printable kit: one PDF per kind, each from its own template under {@code print/}. */
public enum PrintDocument {
    FACILITATOR_GUIDE("facilitator-guide", "print/facilitator-guide.ftlh", "docFacilitatorGuide"),
    PARTICIPANT_HANDOUT("participant-handout", "print/participant-handout.ftlh", "docParticipantHandout"),
    GROUND_RULES("ground-rules", "print/ground-rules.ftlh", "docGroundRules"),
    FOLLOW_UP_CHECKLIST("follow-up-checklist", "print/follow-up-checklist.ftlh", "docFollowUpChecklist"),
    /** One page for the scorecard review: each KPI's trend and status, empty cells for the next check-in. */
    SCORECARD_SHEET("scorecard-sheet", "print/scorecard-sheet.ftlh", "docScorecardSheet");

    private final String slug;
    private final String template;
    private final String titleKey;

    PrintDocument(String slug, String template, String titleKey) {
        this.slug = slug;
        this.template = template;
        this.titleKey = titleKey;
    }

    public String slug() {
        return slug;
    }

    public String template() {
        return template;
    }

    /** The message key of the document's title. */
    public String titleKey() {
        return titleKey;
    }

    /** Whether the kit gets this document: the scorecard sheet only when the kit has a scorecard. */
    public boolean appliesTo(Views.KitView kit) {
        return this != SCORECARD_SHEET || kit.tracking().scorecard() != null;
    }

    /** {@code <kit-id>/<kit-id>-facilitator-guide.pdf}, relative to the site root. */
    public String path(String kitId) {
        return SiteLayout.printDocument(kitId, slug);
    }
}
