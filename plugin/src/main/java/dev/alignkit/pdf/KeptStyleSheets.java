package dev.alignkit.pdf;

import org.xhtmlrenderer.context.StyleReference;
import org.xhtmlrenderer.extend.UserAgentCallback;

/**
 * A worker thread's parsed style sheets, handed from each of its renderers to the next. Flying Saucer caches parsed
 * sheets by name in its {@link StyleReference}, but its default configuration ({@code xr.cache.stylesheets=false})
 * empties that cache at the start of every document; this one keeps them until {@link #forgetAll()}. A system property
 * would do the same for every Flying Saucer user in the JVM (Maven's, other plugins').
 */
final class KeptStyleSheets extends StyleReference {
    KeptStyleSheets(UserAgentCallback userAgent) {
        super(userAgent);
    }

    /** Called by Flying Saucer at the start of every document: the sheets are kept. */
    @Override
    public void flushAllStyleSheets() {}

    /** Empties the cache, for a document that linked or imported a sheet named by its URL as written. */
    void forgetAll() {
        super.flushAllStyleSheets();
    }
}
