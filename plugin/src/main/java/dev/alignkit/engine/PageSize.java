package dev.alignkit.engine;

import java.util.Locale;
import java.util.Optional;

/** Paper for the PDF kits. */
public enum PageSize {
    A4("A4"),
    LETTER("letter");

    private final String css;

    PageSize(String css) {
        this.css = css;
    }

    /** The CSS {@code @page size} keyword. */
    public String css() {
        return css;
    }

    public static Optional<PageSize> parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "a4" -> Optional.of(A4);
            case "letter", "us-letter", "usletter" -> Optional.of(LETTER);
            default -> Optional.empty();
        };
    }
}
