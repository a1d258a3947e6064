package dev.alignkit.artifact;

import dev.alignkit.diagnostics.Problem;
import dev.alignkit.output.SiteSink;
import dev.alignkit.render.Messages;
import dev.alignkit.render.Views.ActionRow;
import dev.alignkit.render.Views.KitView;
import java.util.List;
import java.util.function.Consumer;

/**
 * The whole site, once its kits are rendered: their views in index order (by title), their search parts in a stable
 * order (by id), every action of the site in ledger order (made once: the ledger, its exports and the owners'
 * calendars all read it), the site's labels, and where the site-wide files go.
 */
public record SiteJob(
        List<KitView> kits,
        List<String> searchParts,
        List<ActionRow> actions,
        Messages msg,
        SiteSink sink,
        Consumer<Problem> problems,
        RenderTools tools) {}
