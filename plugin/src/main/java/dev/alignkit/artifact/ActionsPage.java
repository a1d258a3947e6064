package dev.alignkit.artifact;

import dev.alignkit.site.SiteLayout;

/** The actions ledger: every action of every kit on one page, filtered by owner, kit and status in the browser. */
final class ActionsPage implements SiteArtifact {
    @Override
    public void write(SiteJob site) {
        site.sink()
                .write(SiteLayout.ACTIONS, site.tools().pages().actions(site.actions(), site.msg(), site.problems()));
    }
}
