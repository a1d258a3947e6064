package dev.alignkit.content;

import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Maps an offset inside a scalar's value back to a line and column, exactly for one-line scalars. */
record ScalarLocation(SourcePosition start, boolean singleLine, int quoteWidth) {

    static ScalarLocation of(String file, ScalarNode node) {
        SourcePosition start = YamlDocumentReader.at(file, node.getStartMark());
        boolean singleLine = node.getStartMark().getLine() == node.getEndMark().getLine()
                && !node.getValue().contains("\n");
        int quote = node.getScalarStyle() == ScalarStyle.SINGLE_QUOTED
                || node.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED ? 1 : 0;
        return new ScalarLocation(start, singleLine, quote);
    }

    SourcePosition positionOf(int offset) {
        if (!singleLine) {
            return start;
        }
        return new SourcePosition(start.file(), start.line(), start.column() + quoteWidth + offset);
    }
}
