package dev.alignkit.content;

import dev.alignkit.diagnostics.SourcePosition;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Maps an offset inside a scalar's value back to a line and column, exactly for one-line scalars. */
record ScalarLocation(SourcePosition start, boolean singleLine, int quoteWidth) {

    static ScalarLocation of(String file, ScalarNode node) {
        SourcePosition start = YamlDocumentReader.at(file, node.getStartMark());
        int quote =
                node.getScalarStyle() == ScalarStyle.SINGLE_QUOTED || node.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED
                        ? 1
                        : 0;
        // Offsets map to columns only when the source is the value itself: no escapes ("\"", '') shift them.
        boolean singleLine = node.getStartMark().getLine() == node.getEndMark().getLine()
                && !node.getValue().contains("\n")
                && node.getEndMark().getColumn() - node.getStartMark().getColumn()
                        == node.getValue().length() + 2 * quote;
        return new ScalarLocation(start, singleLine, quote);
    }

    SourcePosition positionOf(int offset) {
        if (!singleLine) {
            return start;
        }
        return new SourcePosition(start.file(), start.line(), start.column() + quoteWidth + offset);
    }
}
