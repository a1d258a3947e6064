package dev.alignkit.artifact;

import dev.alignkit.render.ActionsLedger;
import dev.alignkit.site.SiteLayout;

/** The actions ledger: every action of every kit on one page, filtered by owner, kit and status in the browser. */
final class ActionsPage implements SiteArtifact {
    @Override
    public void write(SiteJob site) {
        site.tools()
                .pages()
                .actions(ActionsLedger.of(site.kits(), site.tools().settings().asOf()), site.msg(), site.problems())
                .ifPresent(html -> site.sink().write(SiteLayout.ACTIONS, html));
    }
}
