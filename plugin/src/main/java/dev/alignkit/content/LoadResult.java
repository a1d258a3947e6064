package dev.alignkit.content;

import dev.alignkit.diagnostics.Problem;
import java.util.List;

/** The kits that loaded cleanly and every problem found, in file order. */
public record LoadResult(List<Kit> kits, List<Problem> problems) {

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
