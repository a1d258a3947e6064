package dev.alignkit.artifact;

import dev.alignkit.render.SearchIndex;

/** The kit's entries in the search index, which {@link SearchIndexFile} puts together. */
final class SearchPart implements KitArtifact {
    @Override
    public void write(KitJob job) {
        job.searchPart(SearchIndex.kitPart(job.view()));
    }
}
