package dev.alignkit.artifact;

import dev.alignkit.output.StreamedText;
import dev.alignkit.render.SearchIndex;
import dev.alignkit.site.SiteLayout;

/** The client-side search index, from every kit's {@link SearchPart}. */
final class SearchIndexFile implements SiteArtifact {
    @Override
    public void write(SiteJob site) {
        site.sink()
                .write(SiteLayout.SEARCH_INDEX, (StreamedText) out -> SearchIndex.writeScript(site.searchParts(), out));
    }
}
