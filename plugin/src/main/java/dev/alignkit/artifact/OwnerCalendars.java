package dev.alignkit.artifact;

import dev.alignkit.render.ActionsLedger;
import dev.alignkit.render.Views.ActionRow;
import dev.alignkit.site.SiteLayout;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A calendar per owner ({@code actions-<owner>.ics}): their dated actions across all kits, linked from the ledger. */
final class OwnerCalendars implements SiteArtifact {
    @Override
    public void write(SiteJob site) {
        Set<String> withCalendar = ActionsLedger.ownersWithCalendar(site.actions());
        // each owner's rows once, rather than every row of the site once per owner
        Map<String, List<ActionRow>> byOwner = site.actions().stream()
                .filter(row -> withCalendar.contains(row.owner()))
                .collect(Collectors.groupingBy(ActionRow::owner));
        for (Map.Entry<String, String> owner :
                ActionsLedger.ownerSlugs(site.actions()).entrySet()) {
            List<ActionRow> actions = byOwner.get(owner.getKey());
            if (actions == null) {
                continue;
            }
            String calendar = site.tools().calendar().ownerCalendar(owner.getKey(), actions, site.msg());
            site.sink().write(SiteLayout.ownerCalendar(owner.getValue()), calendar.getBytes(StandardCharsets.UTF_8));
        }
    }
}
