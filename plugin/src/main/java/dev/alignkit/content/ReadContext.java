package dev.alignkit.content;

import dev.alignkit.diagnostics.Problems;
import dev.alignkit.diagnostics.SourcePosition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** What reading one file needs everywhere: where problems go, which placeholders apply and what the kit has spent. */
record ReadContext(Problems problems, Placeholders placeholders, KitBudget budget) {
    static final int MAX_SCALAR_CHARS = 20_000;
    /** Entries of any one list: sessions, prompts, agenda items, tasks, tags... */
    static final int MAX_LIST_ITEMS = 100;

    String file() {
        return problems.file();
    }

    ReadContext withPlaceholders(Map<String, String> values) {
        return new ReadContext(problems, new Placeholders(values), budget);
    }

    SourcePosition at(Node node) {
        return YamlDocumentReader.at(file(), node.getStartMark());
    }

    void error(Node node, String message) {
        problems.error(at(node), message);
    }

    /** A scalar's text exactly as written, or empty (with a problem) for lists, mappings, over-long text and control characters. */
    Optional<String> raw(Node node, String what) {
        if (!(node instanceof ScalarNode scalar)) {
            error(
                    node,
                    what + " must be text, not " + kindOf(node)
                            + "; write it on one line after the colon, or use '|' for several lines");
            return Optional.empty();
        }
        if (Fields.isBlank(scalar)) {
            return Optional.empty();
        }
        String value = scalar.getValue();
        if (value.length() > MAX_SCALAR_CHARS) {
            error(
                    node,
                    what + " is " + value.length() + " characters long, more than the limit of " + MAX_SCALAR_CHARS
                            + "; shorten it or move it into an attachment");
            return Optional.empty();
        }
        int control = TextCharacters.firstUnprintable(value);
        if (control >= 0) {
            problems.error(
                    ScalarLocation.of(file(), scalar).positionOf(control),
                    what + " contains the control character "
                            + TextCharacters.name(value, control)
                            + ", which pages and PDFs cannot show; remove it (in double quotes,"
                            + " remove the escape that writes it)");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** Plain text with placeholders filled, within the length of one value and the kit's text budget. */
    Optional<String> plain(Node node, String what) {
        Optional<String> written = raw(node, what);
        if (written.isEmpty()) {
            return written;
        }
        String filled = placeholders
                .fill(written.get(), ScalarLocation.of(file(), (ScalarNode) node), problems)
                .strip();
        if (filled.length() > MAX_SCALAR_CHARS) {
            error(
                    node,
                    what + " is " + filled.length()
                            + " characters long once placeholders are filled, more than the limit of "
                            + MAX_SCALAR_CHARS + "; use fewer placeholders or shorten the text");
            return Optional.empty();
        }
        if (budget.spendText(filled.length())) {
            error(
                    node,
                    "the kit's text passes " + KitBudget.MAX_TEXT_CHARS
                            + " characters here, counting filled placeholders and"
                            + " repeated aliases; shorten the kit or split it into several kits");
        }
        return Optional.of(filled);
    }

    Optional<Markdown> markdown(Node node, String what) {
        return plain(node, what).map(Markdown::new);
    }

    /** Items of a list; a single scalar where a list belongs is reported, not guessed at. */
    List<Node> items(Node node, String what) {
        if (node instanceof SequenceNode sequence) {
            List<Node> items = sequence.getValue();
            if (items.size() > MAX_LIST_ITEMS) {
                error(
                        items.get(MAX_LIST_ITEMS),
                        what + " has " + items.size() + " entries, more than the limit of " + MAX_LIST_ITEMS
                                + "; this is entry " + (MAX_LIST_ITEMS + 1) + ". Merge entries or split the kit");
                return items.subList(0, MAX_LIST_ITEMS);
            }
            if (budget.spendEntries(items.size())) {
                error(
                        node,
                        "the kit's lists hold more than " + KitBudget.MAX_ENTRIES
                                + " entries in all with this one; split the kit" + " into several kits");
            }
            return items;
        }
        if (Fields.isBlank(node)) {
            return List.of();
        }
        error(
                node,
                what + " must be a list, not " + kindOf(node) + "; put each entry on its own line starting with '- '");
        return List.of();
    }

    List<String> plainList(Node node, String what) {
        return items(node, what).stream()
                .map(item -> plain(item, "each entry of " + what))
                .flatMap(Optional::stream)
                .filter(s -> !s.isEmpty())
                .toList();
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
