package dev.alignkit.artifact;

import dev.alignkit.diagnostics.Problem;
import dev.alignkit.output.SiteSink;
import dev.alignkit.render.Messages;
import dev.alignkit.render.Views.KitView;
import java.util.List;
import java.util.function.Consumer;

/**
 * The whole site, once its kits are rendered: their views in index order (by title), their search parts in a stable
 * order (by id), the site's labels, and where the site-wide files go.
 */
public record SiteJob(
        List<KitView> kits,
        List<String> searchParts,
        Messages msg,
        SiteSink sink,
        Consumer<Problem> problems,
        RenderTools tools) {}
