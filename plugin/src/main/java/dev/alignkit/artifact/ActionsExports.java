package dev.alignkit.artifact;

import dev.alignkit.output.StreamedText;
import dev.alignkit.render.ActionsExport;
import dev.alignkit.site.SiteLayout;
import java.time.LocalDate;
import java.util.Optional;

/** The actions ledger as {@code actions.csv} and {@code actions.json}, for task trackers and scripts. */
final class ActionsExports implements SiteArtifact {
    @Override
    public void write(SiteJob site) {
        Optional<LocalDate> asOf = site.tools().settings().asOf();
        site.sink().write(SiteLayout.ACTIONS_CSV, (StreamedText) out -> ActionsExport.writeCsv(site.actions(), out));
        site.sink().write(SiteLayout.ACTIONS_JSON, (StreamedText)
                out -> ActionsExport.writeJson(site.actions(), asOf, out));
    }
}
