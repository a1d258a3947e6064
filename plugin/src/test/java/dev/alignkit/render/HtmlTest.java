package dev.alignkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.content.Markdown;
import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void textDropsTagsAndDecodesEscapes() {
        Html html = new MarkdownRenderer()
                .render(new Markdown("Agree **three** owners & dates for <the plan>.\n\nThen \"celebrate\"."));

        assertEquals("Agree three owners & dates for <the plan>. Then \"celebrate\".", html.text());
    }

    @Test
    void tableCellsStaySeparateWords() {
        Html html = new MarkdownRenderer().render(new Markdown("| Week | Session |\n|---|---|\n| 1 | Kick-off |"));

        assertEquals("Week Session 1 Kick-off", html.text());
    }
}
