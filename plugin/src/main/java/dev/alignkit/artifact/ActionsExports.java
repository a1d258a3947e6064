package dev.alignkit.artifact;

import dev.alignkit.render.ActionsExport;
import dev.alignkit.render.ActionsLedger;
import dev.alignkit.render.Views.ActionRow;
import dev.alignkit.site.SiteLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The actions ledger as {@code actions.csv} and {@code actions.json}, for task trackers and scripts. */
final class ActionsExports implements SiteArtifact {
    @Override
    public void write(SiteJob site) {
        Optional<LocalDate> asOf = site.tools().settings().asOf();
        List<ActionRow> actions = ActionsLedger.of(site.kits(), asOf);
        site.sink().write(SiteLayout.ACTIONS_CSV, ActionsExport.csv(actions));
        site.sink().write(SiteLayout.ACTIONS_JSON, ActionsExport.json(actions, asOf));
    }
}
