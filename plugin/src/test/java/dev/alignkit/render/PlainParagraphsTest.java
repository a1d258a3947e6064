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
    private static final List<String> WORDS = List.of(
            "Now",
            "that",
            "you've",
            "heard",
            "Größe",
            "naïve",
            "2027",
            "(note)",
            "€5",
            "–",
            "—",
            "…",
            ":",
            ";",
            ",",
            ".",
            "?",
            "\"quoted\"",
            "'single'",
            "https://example.com/a?b=c",
            "www.example.com",
            "{owner}",
            "3.5%",
            "-",
            "1",
            "10",
            "**bold**",
            "**two words**",
            "**{owner}**",
            "**Be specific.**",
            "**2027**",
            "*why*",
            "*stop* doing",
            "*Really?*",
            "Q&A",
            "R&D",
            "&",
            "a & b");
    /** What CommonMark might read as markup, or whitespace that means something. */
    private static final List<String> MARKUP = List.of(
            "1.",
            "10)",
            "a<b",
            "**",
            "**a",
            "b**",
            "** a**",
            "**a **",
            "***x***",
            "**x**y",
            "x**y**",
            "**a*b**",
            "*",
            "* a*",
            "*a *",
            "a*b*",
            "*a*b",
            "**a*",
            "*a**",
            "*a.*b",
            "&amp;",
            "&copy;",
            "&#39;",
            "&#x41;",
            "AT&T;",
            "&;",
            "_x_",
            "`code`",
            "[link](https://example.com)",
            "|",
            "---",
            "===",
            "#",
            "> quote",
            "- item",
            "+",
            "* star",
            "\\",
            "&amp;",
            "&copy;",
            "!",
            "~",
            "\u00A0",
            "\t",
            "😀",
            "\n    ",
            "    ",
            "\r\n",
            "\n\n\n");

    private static final List<String> SEPARATORS = List.of(" ", " ", " ", " ", "", "\n", "\n\n", "  ");

    @Test
    void plainTextsRenderExactlyAsTheParserRendersThem() {
        Random random = new Random(42);
        int shortcuts = 0;
        int emphasis = 0;
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
                emphasis += text.contains("*") ? 1 : 0;
                assertEquals(
                        markdown.parsedHtml(text),
                        markdown.render(new Markdown(text)).markup(),
                        () -> "HTML of " + quoted(text));
            }
        }
        assertTrue(
                shortcuts > 1_000 && emphasis > 300,
                "only " + shortcuts + " of 20000 random texts took the shortcut, " + emphasis + " with emphasis");
    }

    @Test
    void sentencesParagraphsAndEmphasisTakeTheShortcut() {
        assertTrue(PlainParagraphs.of("Now that you've heard about our strategy: what is unclear?")
                .isPresent());
        assertEquals(
                "<p>What <strong>Growth 2027</strong> means, <em>why</em> and Q&amp;A.</p>",
                PlainParagraphs.html(PlainParagraphs.of("What **Growth 2027** means, *why* and Q&A.")
                        .orElseThrow()));
        assertEquals(
                List.of("First line\nsecond line", "Next paragraph."),
                PlainParagraphs.of("\nFirst line\nsecond line\n\n\nNext paragraph.\n")
                        .orElseThrow());
    }

    @Test
    void anythingThatMightBeMarkupGoesToTheParser() {
        for (String text : List.of(
                "a*b*",
                "*b*c",
                "** b**",
                "**b\nc**",
                "***b***",
                "&copy; 2027",
                "- item",
                "1. first",
                "2) second",
                "    code",
                "line  \nbreak",
                "a | b",
                "<b>",
                "# Title",
                "Title\n===",
                "tab\tbetween",
                "windows\r\nline")) {
            assertFalse(PlainParagraphs.of(text).isPresent(), text);
        }
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "\"";
    }
}
