package dev.alignkit.engine;

import dev.alignkit.content.CalendarLimits;
import dev.alignkit.content.Kit;
import dev.alignkit.content.KitWarnings;
import dev.alignkit.diagnostics.Problem;
import java.util.ArrayList;
import java.util.List;

/** The checks of a loaded kit that the validate step runs: calendar limits (errors) and warnings. */
final class KitChecks {
    private KitChecks() {}

    static List<Problem> of(Kit kit) {
        List<Problem> problems = new ArrayList<>(CalendarLimits.of(kit));
        problems.addAll(KitWarnings.of(kit));
        return List.copyOf(problems);
    }
}
