package dev.alignkit.output;

import java.nio.file.Path;

/**
 * Where a writer keeps what it knows about its output, outside the output so that the site holds only what is
 * published: {@code target/alignkit/} by default, so that {@code mvn clean} resets it. {@code name} tells the
 * writers apart ({@code site} for {@code align:site}, {@code preview} for {@code align:serve}).
 */
public record Bookkeeping(Path folder, String name) {

    /** Taken by a build for as long as it writes; the next one waits for it or is refused. */
    Path lock() {
        return folder.resolve(name + ".lock");
    }

    /** Every file the last build wrote, with its hash. */
    Path manifest() {
        return folder.resolve(name + ".manifest");
    }

    /** The build's own record of what the output was made from; opaque to the writer. */
    Path state() {
        return folder.resolve(name + ".state");
    }
}
