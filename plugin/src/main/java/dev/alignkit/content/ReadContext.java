package dev.alignkit.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** What reading one file needs everywhere: where problems go and which placeholders apply. */
record ReadContext(Problems problems, Placeholders placeholders) {
    static final int MAX_SCALAR_CHARS = 20_000;

    String file() {
        return problems.file();
    }

    ReadContext withPlaceholders(Map<String, String> values) {
        return new ReadContext(problems, new Placeholders(values));
    }

    SourcePosition at(Node node) {
        return YamlDocumentReader.at(file(), node.getStartMark());
    }

    void error(Node node, String message) {
        problems.error(at(node), message);
    }

    /** A scalar's text exactly as written, or empty (with a problem) for lists, mappings and over-long text. */
    Optional<String> raw(Node node, String what) {
        if (!(node instanceof ScalarNode scalar)) {
            error(node, what + " must be text, not " + kindOf(node) + "; write it on one line after the colon, or use '|' for several lines");
            return Optional.empty();
        }
        if (Fields.isBlank(scalar)) {
            return Optional.empty();
        }
        if (scalar.getValue().length() > MAX_SCALAR_CHARS) {
            error(node, what + " is " + scalar.getValue().length() + " characters long, more than the limit of "
                    + MAX_SCALAR_CHARS + "; shorten it or move it into an attachment");
            return Optional.empty();
        }
        return Optional.of(scalar.getValue());
    }

    /** Plain text with placeholders filled. */
    Optional<String> plain(Node node, String what) {
        return raw(node, what).map(text -> placeholders.fill(text, ScalarLocation.of(file(), (ScalarNode) node), problems).strip());
    }

    Optional<Markdown> markdown(Node node, String what) {
        return plain(node, what).map(Markdown::new);
    }

    /** Items of a list; a single scalar where a list belongs is reported, not guessed at. */
    List<Node> items(Node node, String what) {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        if (Fields.isBlank(node)) {
            return List.of();
        }
        error(node, what + " must be a list, not " + kindOf(node) + "; put each entry on its own line starting with '- '");
        return List.of();
    }

    List<String> plainList(Node node, String what) {
        return items(node, what).stream().map(item -> plain(item, "each entry of " + what))
                .flatMap(Optional::stream).filter(s -> !s.isEmpty()).toList();
    }

    List<Markdown> markdownList(Node node, String what) {
        return plainList(node, what).stream().map(Markdown::new).toList();
    }

    static String kindOf(Node node) {
        return switch (node.getNodeId()) {
            case scalar -> "text";
            case sequence -> "a list";
            case mapping -> "a mapping of keys";
            case anchor -> "an anchor";
        };
    }
}
