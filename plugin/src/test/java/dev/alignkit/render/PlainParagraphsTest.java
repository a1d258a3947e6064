package dev.alignkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.content.Markdown;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlainParagraphsTest {
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    /** Words and harmless punctuation. */
    private static final List<String> WORDS = List.of("Now", "that", "you've", "heard", "Größe", "naïve", "2027", "(note)", "€5", "–",
            "—", "…", ":", ";", ",", ".", "?", "\"quoted\"", "'single'", "https://example.com/a?b=c", "www.example.com", "{owner}",
            "3.5%", "-", "1", "10");
    /** What CommonMark might read as markup, or whitespace that means something. */
    private static final List<String> MARKUP = List.of("1.", "10)", "Q&A", "a<b", "**bold**", "_x_", "`code`", "[link](https://example.com)",
            "|", "---", "===", "#", "> quote", "- item", "+", "* star", "\\", "&amp;", "&copy;", "!", "~", "\u00A0", "\t", "😀", "\n    ",
            "    ", "\r\n", "\n\n\n");
    private static final List<String> SEPARATORS = List.of(" ", " ", " ", " ", "", "\n", "\n\n", "  ");

    @Test
    void plainTextsRenderExactlyAsTheParserRendersThem() {
        Random random = new Random(42);
        int shortcuts = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder source = new StringBuilder();
            for (int n = 1 + random.nextInt(12); n > 0; n--) {
                List<String> pieces = random.nextInt(8) == 0 ? MARKUP : WORDS;
                source.append(pieces.get(random.nextInt(pieces.size())));
                source.append(SEPARATORS.get(random.nextInt(SEPARATORS.size())));
            }
            String text = source.toString();
            if (PlainParagraphs.of(text).isPresent()) {
                shortcuts++;
                assertEquals(markdown.parsedHtml(text), markdown.render(new Markdown(text)).markup(), () -> "HTML of " + quoted(text));
            }
        }
        assertTrue(shortcuts > 1_000, "only " + shortcuts + " of 20000 random texts took the shortcut");
    }

    @Test
    void sentencesAndParagraphsOfWordsTakeTheShortcut() {
        assertTrue(PlainParagraphs.of("Now that you've heard about our strategy: what is unclear?").isPresent());
        assertEquals(List.of("First line\nsecond line", "Next paragraph."),
                PlainParagraphs.of("\nFirst line\nsecond line\n\n\nNext paragraph.\n").orElseThrow());
    }

    @Test
    void anythingThatMightBeMarkupGoesToTheParser() {
        for (String text : List.of("**bold**", "- item", "1. first", "2) second", "    code", "line  \nbreak", "a | b", "Q&A", "<b>",
                "# Title", "Title\n===", "tab\tbetween", "windows\r\nline")) {
            assertFalse(PlainParagraphs.of(text).isPresent(), text);
        }
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "\"";
    }
}
