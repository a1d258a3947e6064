package dev.alignkit.content;

import dev.alignkit.diagnostics.Problems;
import dev.alignkit.diagnostics.SourcePosition;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Turns the bytes of one file into a YAML node tree, refusing what a kit never needs: huge files, invalid
 * UTF-8, tab indentation, alias bombs and deep nesting. Composing nodes (rather than constructing Java
 * objects) keeps every value's line and column, and nothing beyond plain data is ever instantiated.
 */
public final class YamlDocumentReader {
    public static final int MAX_FILE_BYTES = 1024 * 1024;
    static final int MAX_ALIASES = 50;
    static final int MAX_NESTING = 30;
    /**
     * Characters that aliases may repeat in all. SnakeYAML counts only aliases to lists and mappings; an alias to one
     * long text is as cheap to write and as expensive to render.
     */
    static final int MAX_ALIASED_CHARS = 100_000;

    /** The document's root node, or empty with the reason in {@code problems}. */
    public Optional<Node> read(byte[] bytes, Problems problems) {
        SourcePosition start = SourcePosition.ofFile(problems.file());
        if (bytes.length > MAX_FILE_BYTES) {
            problems.error(start, tooLarge(bytes.length));
            return Optional.empty();
        }
        Optional<String> text = decode(bytes, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Node root;
        try {
            root = new Yaml(new SafeConstructor(options())).compose(new StringReader(text.get()));
        } catch (MarkedYAMLException e) {
            if (e.getProblem() == null
                    || !e.getProblem().contains("(TAB)")
                    || reportTabIndentation(text.get(), problems)) {
                problems.error(at(problems.file(), markOf(e)), describe(e));
            }
            return Optional.empty();
        } catch (YAMLException e) {
            // SnakeYAML reports its alias and nesting limits without a position: find where the limit is crossed.
            problems.error(
                    limitCrossing(text.get())
                            .map(mark -> at(problems.file(), mark))
                            .orElse(start),
                    describeLimit(e.getMessage() == null ? "" : e.getMessage()));
            return Optional.empty();
        }
        if (root == null) {
            problems.error(start, "file is empty; a kit needs at least 'title:' and 'sessions:'");
            return Optional.empty();
        }
        if (new RepeatedText().exceeds(root)) {
            problems.error(
                    aliasCrossing(text.get())
                            .map(mark -> at(problems.file(), mark))
                            .orElse(start),
                    "aliases repeat more than " + MAX_ALIASED_CHARS
                            + " characters of text in all with this one; write the values out or use fewer '*' references");
            return Optional.empty();
        }
        return Optional.of(root);
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(MAX_FILE_BYTES);
        options.setProcessComments(false);
        return options;
    }

    private static Optional<String> decode(byte[] bytes, Problems problems) {
        // The lenient decoder is several times faster; only a text with replacement characters needs the strict one,
        // which tells a malformed byte from a U+FFFD the writer typed.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0 && !isValidUtf8(bytes, problems)) {
            return Optional.empty();
        }
        return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private static boolean isValidUtf8(byte[] bytes, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var result = decoder.decode(in, CharBuffer.allocate(bytes.length + 1), true);
        if (result.isError()) {
            String before = new String(bytes, 0, in.position(), StandardCharsets.UTF_8);
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = before.length() - before.lastIndexOf('\n');
            problems.error(
                    new SourcePosition(problems.file(), line, column),
                    "invalid UTF-8 byte sequence; save the file as UTF-8");
            return false;
        }
        return true;
    }

    /** "file is 1025 KiB, more than the limit of 1024 KiB; ...", rounding up so that the two never read the same. */
    static String tooLarge(long bytes) {
        return "file is " + (bytes + 1023) / 1024 + " KiB, more than the limit of " + MAX_FILE_BYTES / 1024
                + " KiB; split the kit or move long texts into attachments";
    }

    /**
     * SnakeYAML's own message for a tab is cryptic, and indentation is the usual culprit. Called only once
     * SnakeYAML has stumbled over a tab, so that tabs inside block text ({@code |}) stay allowed.
     */
    private static boolean reportTabIndentation(String text, Problems problems) {
        boolean clean = true;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            for (int c = 0; c < line.length() && (line.charAt(c) == ' ' || line.charAt(c) == '\t'); c++) {
                if (line.charAt(c) == '\t') {
                    problems.error(
                            new SourcePosition(problems.file(), i + 1, c + 1),
                            "tab used for indentation; YAML allows only spaces, so replace the tab with spaces");
                    clean = false;
                    break;
                }
            }
        }
        return clean;
    }

    static SourcePosition at(String file, Mark mark) {
        return mark == null
                ? SourcePosition.ofFile(file)
                : new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** Where the problem is; for text that runs to the end of the file (an unclosed quote), where that text starts. */
    private static Mark markOf(MarkedYAMLException e) {
        boolean runsToEnd = e.getProblem() != null && e.getProblem().contains("end of stream");
        if (e.getProblemMark() == null || runsToEnd && e.getContextMark() != null) {
            return e.getContextMark();
        }
        return e.getProblemMark();
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
        if (problem.contains("exceeds the limit")
                || problem.contains("Number of aliases")
                || problem.contains("Nesting Depth")) {
            return describeLimit(problem);
        }
        // SnakeYAML names tokens as in its grammar; say what the writer sees
        problem = problem.replace("'?'", "a key").replace("<block end>", "the end of the indented block");
        Mark started = e.getContextMark();
        Mark reported = markOf(e);
        String where = started == null || reported == null || started.getLine() == reported.getLine()
                ? ""
                : " started at line " + (started.getLine() + 1) + ", column " + (started.getColumn() + 1);
        String context = e.getContext() == null ? "" : " (" + e.getContext() + where + ")";
        return "invalid YAML: " + problem + context + "; check indentation, colons and quotes around this point";
    }

    private static String describeLimit(String problem) {
        if (problem.contains("Number of aliases")) {
            return "too many aliases (more than " + MAX_ALIASES
                    + " '*' references to lists or mappings); a kit needs few or no" + " aliases, write the values out";
        }
        if (problem.contains("Nesting Depth")) {
            return "nesting is too deep (more than " + MAX_NESTING + " levels); a kit needs only a few levels";
        }
        if (problem.contains("exceeds the limit")) {
            return "file is too large (" + problem + "); split the kit or move long texts into attachments";
        }
        return "cannot read YAML: " + problem + "; check indentation, colons and quotes";
    }

    /** Counts the characters of text that aliases repeat, visiting every node once per reference to it. */
    private static final class RepeatedText {
        private final Map<Node, Boolean> seen = new IdentityHashMap<>();
        private long repeated;

        boolean exceeds(Node root) {
            visit(root, false);
            return repeated > MAX_ALIASED_CHARS;
        }

        private void visit(Node node, boolean insideAlias) {
            boolean again = seen.put(node, Boolean.TRUE) != null || insideAlias;
            if (repeated > MAX_ALIASED_CHARS) {
                return;
            }
            if (node instanceof ScalarNode scalar) {
                repeated += again ? scalar.getValue().length() : 0;
            } else if (node instanceof SequenceNode sequence) {
                sequence.getValue().forEach(item -> visit(item, again));
            } else if (node instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    visit(tuple.getKeyNode(), again);
                    visit(tuple.getValueNode(), again);
                }
            }
        }
    }

    /** The alias at which the text that aliases repeat first passes {@link #MAX_ALIASED_CHARS}. */
    private static Optional<Mark> aliasCrossing(String text) {
        Map<String, Long> charsByAnchor = new HashMap<>();
        Deque<long[]> open = new ArrayDeque<>();
        Deque<String> anchors = new ArrayDeque<>();
        long repeated = 0;
        try {
            for (Event event : new Yaml(new SafeConstructor(options())).parse(new StringReader(text))) {
                long chars = 0;
                if (event instanceof CollectionStartEvent collection) {
                    open.push(new long[1]);
                    anchors.push(collection.getAnchor() == null ? "" : collection.getAnchor());
                    continue;
                } else if (event instanceof CollectionEndEvent) {
                    chars = open.pop()[0];
                    String anchor = anchors.pop();
                    if (!anchor.isEmpty()) {
                        charsByAnchor.put(anchor, chars);
                    }
                } else if (event instanceof ScalarEvent scalar) {
                    chars = scalar.getValue().length();
                    if (scalar.getAnchor() != null) {
                        charsByAnchor.put(scalar.getAnchor(), chars);
                    }
                } else if (event instanceof AliasEvent alias) {
                    chars = charsByAnchor.getOrDefault(alias.getAnchor(), 0L);
                    repeated += chars;
                    if (repeated > MAX_ALIASED_CHARS) {
                        return Optional.of(event.getStartMark());
                    }
                }
                if (!open.isEmpty()) {
                    open.peek()[0] += chars;
                }
            }
        } catch (YAMLException e) {
            // the position stays unknown
        }
        return Optional.empty();
    }

    /** Where the document first goes deeper than {@link #MAX_NESTING} or uses more than {@link #MAX_ALIASES} aliases. */
    private static Optional<Mark> limitCrossing(String text) {
        Set<String> collectionAnchors = new HashSet<>();
        int depth = 0;
        int aliases = 0;
        try {
            for (Event event : new Yaml(new SafeConstructor(options())).parse(new StringReader(text))) {
                if (event instanceof CollectionStartEvent collection) {
                    if (collection.getAnchor() != null) {
                        collectionAnchors.add(collection.getAnchor());
                    }
                    if (++depth > MAX_NESTING) {
                        return Optional.of(event.getStartMark());
                    }
                } else if (event instanceof CollectionEndEvent) {
                    depth--;
                } else if (event instanceof ScalarEvent scalar) {
                    if (scalar.getAnchor() != null) {
                        collectionAnchors.remove(scalar.getAnchor());
                    }
                    if (depth + 1 > MAX_NESTING) {
                        return Optional.of(event.getStartMark());
                    }
                } else if (event instanceof AliasEvent alias
                        && collectionAnchors.contains(alias.getAnchor())
                        && ++aliases > MAX_ALIASES) {
                    return Optional.of(event.getStartMark());
                }
            }
        } catch (YAMLException e) {
            // the position stays unknown
        }
        return Optional.empty();
    }
}
