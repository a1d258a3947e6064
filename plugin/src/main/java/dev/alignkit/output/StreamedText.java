package dev.alignkit.output;

import java.io.IOException;
import java.io.Writer;

/**
 * A file's text written straight to where it goes rather than built in memory first. The site-wide files (the
 * actions ledger and its exports, the search index) grow with the number of kits: at 1,000 kits the ledger alone is
 * 35 MB of HTML, which held as a string, encoded and link-checked at once took more than a 512 MiB heap.
 */
@FunctionalInterface
public interface StreamedText {
    void writeTo(Writer out) throws IOException;
}
