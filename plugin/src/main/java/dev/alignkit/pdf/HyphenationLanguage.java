package dev.alignkit.pdf;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages whose hyphenation patterns ship with the plugin (hyph-utf8's TeX patterns, see
 * {@code hyphenation/LICENSE-hyph-utf8.txt}), with the fewest letters each lets stand before and after a break.
 */
enum HyphenationLanguage {
    GERMAN("hyph-de-1996", 2, 2),
    AMERICAN_ENGLISH("hyph-en-us", 2, 3),
    BRITISH_ENGLISH("hyph-en-gb", 2, 3);

    private final String patterns;
    private final int lettersBefore;
    private final int lettersAfter;

    HyphenationLanguage(String patterns, int lettersBefore, int lettersAfter) {
        this.patterns = patterns;
        this.lettersBefore = lettersBefore;
        this.lettersAfter = lettersAfter;
    }

    /**
     * The patterns for a kit's language (a BCP 47 tag): German for every {@code de}, British English for {@code en-GB},
     * American English for any other {@code en}; empty for a language without patterns, which is then not hyphenated.
     */
    static Optional<HyphenationLanguage> of(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag.replace('_', '-'));
        return switch (locale.getLanguage()) {
            case "de" -> Optional.of(GERMAN);
            case "en" -> Optional.of(locale.getCountry().equals("GB") ? BRITISH_ENGLISH : AMERICAN_ENGLISH);
            default -> Optional.empty();
        };
    }

    String resource() {
        return "hyphenation/" + patterns + ".pat.txt";
    }

    int lettersBefore() {
        return lettersBefore;
    }

    int lettersAfter() {
        return lettersAfter;
    }
}
