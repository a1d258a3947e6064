package dev.alignkit.pdf;

import java.text.BreakIterator;
import java.util.ArrayDeque;
import java.util.Deque;
import org.xhtmlrenderer.css.constants.IdentValue;
import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.layout.breaker.BreakPointsProvider;
import org.xhtmlrenderer.layout.breaker.DefaultLineBreakingStrategy;
import org.xhtmlrenderer.layout.breaker.LineBreakingStrategy;

/**
 * Flying Saucer's line breaks plus, where the CSS says {@code hyphens: auto}, the document language's hyphenation
 * points. Flying Saucer 9.13 parses {@code hyphens} but never acts on it, and draws a soft hyphen (U+00AD) as a hyphen
 * wherever it stands, broken or not; so the text keeps no soft hyphens, and a break point that carries a hyphen
 * makes Flying Saucer draw one only at the end of the line it ends.
 */
final class HyphenatingLineBreaks implements LineBreakingStrategy {
    private static final String HYPHEN = "-";

    private final LineBreakingStrategy plain = new DefaultLineBreakingStrategy();
    private final Hyphenation hyphenation;

    HyphenatingLineBreaks(Hyphenation hyphenation) {
        this.hyphenation = hyphenation;
    }

    @Override
    public BreakPointsProvider getBreakPointsProvider(String text, String lang, CalculatedStyle style) {
        BreakPointsProvider opportunities = plain.getBreakPointsProvider(text, lang, style);
        if (style.getHyphens() != IdentValue.AUTO) {
            return opportunities;
        }
        return new WithHyphenation(text, opportunities);
    }

    /**
     * A break point that ends its line with a hyphen. Flying Saucer 9.13's Breaker (and its master branch) measures
     * each stretch up to a break point with that point's hyphen and adds the stretches up, so every hyphenation point
     * a line passes adds a hyphen's width that is never drawn: a line with a few long words came out a word short,
     * and tables grew by lines. It asks for the hyphen first to measure and then, at the point it breaks at, to draw
     * it; answering the measuring call with nothing keeps the sum true, and the one hyphen drawn may reach up to its
     * own width (a third of an em) into the cell's padding. HyphenationPrintTest checks that the hyphen is drawn.
     */
    private static final class HyphenationPoint extends BreakPoint {
        private boolean measured;

        HyphenationPoint(int position) {
            super(position);
        }

        @Override
        public String getHyphen() {
            if (!measured) {
                measured = true;
                return "";
            }
            return HYPHEN;
        }
    }

    /**
     * Hyphenates lazily, a stretch between two plain break points at a time: Flying Saucer asks again for the rest of
     * the text at every line, and stops asking where the line is full.
     */
    private final class WithHyphenation implements BreakPointsProvider {
        private final String text;
        private final BreakPointsProvider opportunities;
        private final Deque<BreakPoint> pending = new ArrayDeque<>();
        private int previous;

        WithHyphenation(String text, BreakPointsProvider opportunities) {
            this.text = text;
            this.opportunities = opportunities;
        }

        @Override
        public BreakPoint next() {
            if (pending.isEmpty()) {
                BreakPoint opportunity = opportunities.next();
                int end = opportunity.getPosition() == BreakIterator.DONE ? text.length() : opportunity.getPosition();
                addHyphenationPoints(previous, end);
                previous = end;
                pending.add(opportunity);
            }
            return pending.poll();
        }

        /** The hyphenation points strictly inside {@code [from, to)}, judged on the whole tokens around it. */
        private void addHyphenationPoints(int from, int to) {
            int tokenStart = from;
            while (tokenStart > 0 && !Hyphenation.isSpace(text.charAt(tokenStart - 1))) {
                tokenStart--;
            }
            int tokenEnd = to;
            while (tokenEnd < text.length() && !Hyphenation.isSpace(text.charAt(tokenEnd))) {
                tokenEnd++;
            }
            for (int at : hyphenation.breaksIn(text.substring(tokenStart, tokenEnd))) {
                int position = tokenStart + at;
                if (position > from && position < to) {
                    pending.add(new HyphenationPoint(position));
                }
            }
        }
    }
}
