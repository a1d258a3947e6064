package dev.alignkit.content;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a method, from its own file or written inside an agenda item: the same keys either way. */
final class MethodParser {
    static final String DURATION_HELP = "write minutes (5) or hours and minutes (10m, 1h)";

    private MethodParser() {}

    static Optional<Method> read(Optional<String> id, Node node, String what, ReadContext context) {
        return Fields.of(node, what, KitParser.METHOD_KEYS, context).flatMap(m -> {
            Optional<String> name = m.requiredPlain("name");
            Optional<GroupForm> group =
                    m.parsed("group", GroupForm::of, "write one of " + String.join(", ", GroupForm.keys()));
            if (!m.has("steps")) {
                m.missing("steps");
            } else if (m.items("steps").isEmpty() && !context.problems().hasErrorAt(m.positionOf("steps"))) {
                m.error(
                        "steps",
                        "'steps' of " + what + " is empty; list at least one step with 'minutes:' and 'text:'");
            }
            List<MethodStep> steps = m.list("steps", step -> step(step, context));
            return name.map(n -> new Method(
                    id, n, m.markdown("summary"), group, steps, m.markdown("setup"), m.markdownList("materials")));
        });
    }

    private static Optional<MethodStep> step(Node node, ReadContext context) {
        return Fields.of(node, "a method step", KitParser.METHOD_STEP_KEYS, context)
                .flatMap(s -> {
                    Optional<Duration> minutes = s.parsed("minutes", TimeValues::duration, DURATION_HELP);
                    if (!s.has("minutes") || s.isBlank("minutes")) {
                        s.missing("minutes");
                    }
                    Optional<Markdown> text = s.requiredPlain("text").map(Markdown::new);
                    Optional<GroupForm> group =
                            s.parsed("group", GroupForm::of, "write one of " + String.join(", ", GroupForm.keys()));
                    return minutes.flatMap(d -> text.map(t -> new MethodStep(d, t, group)));
                });
    }
}
