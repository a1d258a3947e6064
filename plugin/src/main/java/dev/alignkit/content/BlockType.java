package dev.alignkit.content;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What an agenda block is for: telling, talking or deciding. */
public enum BlockType {
    INFORMATION,
    DISCUSSION,
    DECISION;

    /** The spelling used in YAML: {@code discussion}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static List<String> keys() {
        return Arrays.stream(values()).map(BlockType::key).toList();
    }

    static Optional<BlockType> of(String text) {
        return Arrays.stream(values()).filter(t -> t.key().equals(text.trim())).findFirst();
    }
}
