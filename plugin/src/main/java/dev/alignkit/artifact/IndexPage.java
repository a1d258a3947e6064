package dev.alignkit.artifact;

import dev.alignkit.site.SiteLayout;

/** The site's public start page, and the facilitators' catalogue of every kit. */
final class IndexPage implements SiteArtifact {
    @Override
    public void write(SiteJob site) {
        site.tools()
                .pages()
                .home(site.kits(), site.msg(), site.problems())
                .ifPresent(html -> site.sink().write(SiteLayout.INDEX, html));
        site.tools()
                .pages()
                .index(site.kits(), site.msg(), site.problems())
                .ifPresent(html -> site.sink().write(SiteLayout.CATALOGUE, html));
    }
}
