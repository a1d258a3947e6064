package dev.alignkit.artifact;

import dev.alignkit.render.ActionsLedger;
import dev.alignkit.render.Views.ActionRow;
import dev.alignkit.site.SiteLayout;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A calendar per owner ({@code actions-<owner>.ics}): their dated actions across all kits, linked from the ledger. */
final class OwnerCalendars implements SiteArtifact {
    @Override
    public void write(SiteJob site) {
        List<ActionRow> actions =
                ActionsLedger.of(site.kits(), site.tools().settings().asOf());
        for (Map.Entry<String, String> owner : ActionsLedger.ownerSlugs(actions).entrySet()) {
            if (!ActionsLedger.hasDatedAction(owner.getKey(), actions)) {
                continue;
            }
            String calendar = site.tools().calendar().ownerCalendar(owner.getKey(), actions, site.msg());
            site.sink().write(SiteLayout.ownerCalendar(owner.getValue()), calendar.getBytes(StandardCharsets.UTF_8));
        }
    }
}
