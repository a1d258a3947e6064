package dev.alignkit.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A printable sheet a kit or a session asks for ({@code sheets: [canvas, attendance]}): blank forms and cut-out cards
 * for the room, and booklets folded from the participant handout or the question cards.
 */
public enum Sheet {
    CANVAS("canvas"),
    QUESTION_CARDS("question_cards"),
    ACTION_ITEMS("action_items"),
    DECISION_LOG("decision_log"),
    PARKING_LOT("parking_lot"),
    FEEDBACK("feedback"),
    ATTENDANCE("attendance"),
    /** The participant handout (a session's own, for a session) as an A5 booklet. */
    HANDOUT_BOOKLET("handout_booklet"),
    QUESTION_CARDS_BOOKLET("question_cards_booklet");

    private final String key;

    Sheet(String key) {
        this.key = key;
    }

    /** The spelling in YAML: {@code question_cards}. */
    public String key() {
        return key;
    }

    /** The name in file names and CSS classes: {@code question-cards}. */
    public String slug() {
        return key.replace('_', '-');
    }

    public boolean isBooklet() {
        return this == HANDOUT_BOOKLET || this == QUESTION_CARDS_BOOKLET;
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Sheet::key).toList();
    }

    static Optional<Sheet> of(String text) {
        for (Sheet sheet : values()) {
            if (sheet.key.equals(text.trim())) {
                return Optional.of(sheet);
            }
        }
        return Optional.empty();
    }
}
