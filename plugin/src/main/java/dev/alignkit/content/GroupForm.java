package dev.alignkit.content;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How people work during a method or one of its steps: from each on their own to the whole room together. */
public enum GroupForm {
    ALONE,
    PAIRS,
    SMALL_GROUPS,
    TABLES,
    PLENARY;

    /** The spelling used in YAML: {@code small-groups}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static List<String> keys() {
        return Arrays.stream(values()).map(GroupForm::key).toList();
    }

    static Optional<GroupForm> of(String text) {
        return Arrays.stream(values()).filter(g -> g.key().equals(text.trim())).findFirst();
    }
}
