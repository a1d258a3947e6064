package dev.alignkit.artifact;

/** One output of the whole site (the index, the search index, the sitemap...), written once the kits are done. */
public interface SiteArtifact {
    void write(SiteJob site);
}
