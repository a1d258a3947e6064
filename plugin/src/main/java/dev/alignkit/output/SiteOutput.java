package dev.alignkit.output;

import java.io.IOException;

/** Where a build writes the site, made visible as a whole by {@link #commit()}; closing without it keeps the old site. */
public interface SiteOutput extends SiteSink, AutoCloseable {

    void commit() throws IOException;

    int fileCount();

    @Override
    void close() throws IOException;
}
