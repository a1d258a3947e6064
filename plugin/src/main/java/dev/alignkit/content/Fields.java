package dev.alignkit.content;

import dev.alignkit.diagnostics.Echo;
import dev.alignkit.diagnostics.SourcePosition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The keys of one YAML mapping, checked against the keys the format allows (unknown and duplicate keys are
 * reported) and read with positions.
 */
final class Fields {
    /**
     * Keys that name things: titles appear in every page's navigation, breadcrumbs and document titles, so they
     * stay short.
     */
    static final List<String> NAME_KEYS = List.of("title", "name", "role", "location");

    static final int MAX_NAME_CHARS = 200;

    private final ReadContext context;
    private final Node node;
    private final String what;
    private final Map<String, NodeTuple> entries;

    private Fields(ReadContext context, Node node, String what, Map<String, NodeTuple> entries) {
        this.context = context;
        this.node = node;
        this.what = what;
        this.entries = entries;
    }

    /** Reads a mapping; anything else is reported and gives empty. */
    static Optional<Fields> of(Node node, String what, List<String> allowed, ReadContext context) {
        if (!(node instanceof MappingNode mapping)) {
            context.error(
                    node,
                    what + " must be a mapping of keys ("
                            + String.join(", ", allowed.subList(0, Math.min(3, allowed.size()))) + ", ...), not "
                            + ReadContext.kindOf(node) + "; write it as 'key: value' lines, like '" + allowed.get(0)
                            + ": ...'");
            return Optional.empty();
        }
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                context.error(
                        tuple.getKeyNode(),
                        "a key in " + what + " must be a plain word, not " + ReadContext.kindOf(tuple.getKeyNode()));
                continue;
            }
            String key = keyNode.getValue();
            if (entries.containsKey(key)) {
                context.error(
                        keyNode,
                        "duplicate key '" + Echo.value(key) + "' in " + what + " (first at line "
                                + (entries.get(key).getKeyNode().getStartMark().getLine() + 1)
                                + "); keep only one of them");
            } else if (!allowed.contains(key)) {
                context.error(
                        keyNode,
                        "unknown key '" + Echo.value(key) + "' in " + what + DidYouMean.hint(key, allowed)
                                + "; allowed keys are " + String.join(", ", allowed));
            } else {
                entries.put(key, tuple);
            }
        }
        return Optional.of(new Fields(context, node, what, entries));
    }

    /** The same keys, read with other placeholders; unknown and duplicate keys are not reported twice. */
    Fields withContext(ReadContext other) {
        return new Fields(other, node, what, entries);
    }

    ReadContext context() {
        return context;
    }

    SourcePosition position() {
        return context.at(node);
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    Optional<Node> value(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    /** Where the key's value is, or the mapping itself when the key is absent. */
    SourcePosition positionOf(String key) {
        return value(key).map(context::at).orElse(position());
    }

    Optional<String> raw(String key) {
        return value(key).flatMap(v -> context.raw(v, label(key)));
    }

    Optional<String> plain(String key) {
        Optional<String> text =
                value(key).flatMap(v -> context.plain(v, label(key))).filter(s -> !s.isEmpty());
        if (text.isPresent() && NAME_KEYS.contains(key) && text.get().length() > MAX_NAME_CHARS) {
            error(
                    key,
                    label(key) + " is " + text.get().length() + " characters long, more than the limit of "
                            + MAX_NAME_CHARS
                            + " for titles and names; shorten it and put the rest into the text below it");
            return Optional.empty();
        }
        return text;
    }

    Optional<Markdown> markdown(String key) {
        return plain(key).map(Markdown::new);
    }

    Optional<String> requiredPlain(String key) {
        Optional<String> text = plain(key);
        if (text.isEmpty()
                && !reportedAlready(key)
                && !(has(key) && context.problems().hasErrorAt(positionOf(key)))) {
            missing(key);
        }
        return text;
    }

    List<Node> items(String key) {
        return value(key).map(v -> context.items(v, label(key))).orElse(List.of());
    }

    List<String> plainList(String key) {
        return value(key).map(v -> context.plainList(v, label(key))).orElse(List.of());
    }

    List<Markdown> markdownList(String key) {
        return value(key).map(v -> context.markdownList(v, label(key))).orElse(List.of());
    }

    /** Parses each item of a list, dropping the ones that had problems. */
    <T> List<T> list(String key, Function<Node, Optional<T>> parser) {
        return items(key).stream().map(parser).flatMap(Optional::stream).toList();
    }

    /** A scalar in one of the format's small languages; a value that does not parse is reported with a fix. */
    <T> Optional<T> parsed(String key, Function<String, Optional<T>> parser, String expected) {
        Optional<String> text = raw(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> value = parser.apply(text.get());
        if (value.isEmpty()) {
            context.problems()
                    .error(positionOf(key), label(key) + " '" + Echo.value(text.get()) + "' is not valid; " + expected);
        }
        return value;
    }

    /** The key is written without a value ({@code duration:}, {@code ~}, {@code null}). */
    boolean isBlank(String key) {
        return value(key).filter(Fields::isBlank).isPresent();
    }

    static boolean isBlank(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
    }

    void missing(String key) {
        context.problems()
                .error(position(), "missing required key '" + key + "' in " + what + "; add '" + key + ": ...'");
    }

    void error(String key, String message) {
        context.problems().error(positionOf(key), message);
    }

    String label(String key) {
        return "'" + key + "' of " + what;
    }

    /** A present key whose value is a list or mapping has been reported by the reader already. */
    private boolean reportedAlready(String key) {
        return value(key).filter(v -> !(v instanceof ScalarNode)).isPresent();
    }
}
