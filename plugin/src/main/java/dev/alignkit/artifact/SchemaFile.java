package dev.alignkit.artifact;

import dev.alignkit.site.SiteLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The JSON Schema of the content format, published with the site for editors. */
final class SchemaFile implements SiteArtifact {
    private static final String RESOURCE = "/dev/alignkit/schema/kit.schema.json";

    @Override
    public void write(SiteJob site) {
        try (InputStream in = SchemaFile.class.getResourceAsStream(RESOURCE)) {
            site.sink().write(SiteLayout.SCHEMA, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
