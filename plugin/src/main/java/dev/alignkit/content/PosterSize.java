package dev.alignkit.content;

import java.util.Locale;
import java.util.Optional;

/**
 * The sheet a poster is printed on, always landscape: the build's {@code posterSize}, or a kit's {@code poster_size}.
 * Type on a poster is sized at A4 scale and grows with the sheet ({@link #a4Scale()}).
 */
public enum PosterSize {
    A4("A4", mm(297), mm(210)),
    A3("A3", mm(420), mm(297)),
    A2("A2", mm(594), mm(420)),
    A1("A1", mm(841), mm(594)),
    LETTER("Letter", inches(11), inches(8.5f)),
    TABLOID("Tabloid", inches(17), inches(11));

    private static final float A4_LONG_SIDE = mm(297);
    private static final float A4_SHORT_SIDE = mm(210);

    private final String label;
    private final float width;
    private final float height;

    PosterSize(String label, float width, float height) {
        this.label = label;
        this.width = width;
        this.height = height;
    }

    /** The spelling in the content format and the build parameter: {@code A3}, {@code Letter}. */
    public String label() {
        return label;
    }

    /** Landscape width in points. */
    public float width() {
        return width;
    }

    /** Landscape height in points. */
    public float height() {
        return height;
    }

    /** How much larger than A4 the sheet is: the factor that type set for A4 grows by (1 for A4, 0.94 for Letter). */
    public float a4Scale() {
        return Math.min(width / A4_LONG_SIDE, height / A4_SHORT_SIDE);
    }

    /** The CSS {@code @page size}, explicit: Flying Saucer knows no A2, A1 or Tabloid by name. */
    public String css() {
        return String.format(Locale.ROOT, "%.2fpt %.2fpt", width, height);
    }

    /** Case does not matter: {@code a3}, {@code A3}, {@code letter}. */
    public static Optional<PosterSize> parse(String text) {
        for (PosterSize size : values()) {
            if (size.label.equalsIgnoreCase(text.trim())) {
                return Optional.of(size);
            }
        }
        return Optional.empty();
    }

    /** The poster for a build's page size ({@code A4} or {@code letter}): the same sheet, landscape. */
    public static PosterSize ofPageSize(String pageSize) {
        return parse(pageSize).orElse(A4);
    }

    /** Every label, for messages: A4, A3, A2, A1, Letter, Tabloid. */
    public static String labels() {
        StringBuilder labels = new StringBuilder();
        for (PosterSize size : values()) {
            labels.append(labels.length() == 0 ? "" : ", ").append(size.label);
        }
        return labels.toString();
    }

    private static float mm(float millimetres) {
        return millimetres * 72 / 25.4f;
    }

    private static float inches(float inches) {
        return inches * 72;
    }
}
