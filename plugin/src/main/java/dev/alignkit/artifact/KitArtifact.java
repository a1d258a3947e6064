package dev.alignkit.artifact;

/** One kind of output of a kit (its page, its PDFs, its calendar...): writes it to the kit's sink, or reports why not. */
public interface KitArtifact {
    void write(KitJob job);
}
