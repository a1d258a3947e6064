package dev.alignkit.content;

import dev.alignkit.diagnostics.Echo;
import dev.alignkit.diagnostics.Problems;
import dev.alignkit.diagnostics.SourcePosition;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives each action of one kit its id, unique within the kit. A written id used twice is an error; an id taken from
 * the item's text that is already used (the same text twice) gets a number and a warning, so that the kit still
 * builds and ticks do not mix.
 */
final class ActionIds {
    /** Ids end up in element ids and storage keys: short, like session ids. */
    static final int MAX_ID_CHARS = 80;

    private final Problems problems;
    private final Map<String, SourcePosition> taken = new HashMap<>();

    ActionIds(Problems problems) {
        this.problems = problems;
    }

    String written(String id, SourcePosition at) {
        if (!Slugs.isSlug(id)) {
            problems.error(
                    at,
                    "task id '" + Echo.value(id)
                            + "' may hold only lower-case letters, digits and single hyphens; write e.g. '"
                            + Echo.value(Slugs.shortened(Slugs.slugify(id), MAX_ID_CHARS)) + "'");
        } else if (id.length() > MAX_ID_CHARS) {
            problems.error(
                    at,
                    "task id '" + Echo.value(id) + "' is " + id.length() + " characters long, more than the limit of "
                            + MAX_ID_CHARS + "; write e.g. '" + Slugs.shortened(id, MAX_ID_CHARS) + "'");
        } else {
            SourcePosition first = taken.putIfAbsent(id, at);
            if (first != null) {
                problems.error(
                        at,
                        "task id '" + id + "' is already used at line " + first.line()
                                + "; give each task its own 'id:'");
            }
        }
        return id;
    }

    String derived(String item, SourcePosition at) {
        String base = Slugs.shortened(Slugs.slugify(item), MAX_ID_CHARS - 4);
        SourcePosition first = taken.get(base);
        String id = base;
        for (int n = 2; taken.containsKey(id); n++) {
            id = base + "-" + n;
        }
        if (first != null) {
            problems.warning(
                    at,
                    "task '" + Echo.value(item) + "' gets the id '" + base + "' from its text, like the task at line "
                            + first.line() + ", so it is numbered '" + id
                            + "'; give one of them an 'id:' so that reordering them keeps"
                            + " their ticks and exports apart");
        }
        taken.put(id, at);
        return id;
    }
}
