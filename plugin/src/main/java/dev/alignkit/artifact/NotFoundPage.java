package dev.alignkit.artifact;

import dev.alignkit.site.SiteLayout;

/** The page a web server shows for a path that is not in the site. */
final class NotFoundPage implements SiteArtifact {
    @Override
    public void write(SiteJob site) {
        site.tools()
                .pages()
                .notFound(site.msg(), site.problems())
                .ifPresent(html -> site.sink().write(SiteLayout.NOT_FOUND, html));
    }
}
