package dev.alignkit.pdf;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The hyphenation of each language a renderer has met, its patterns read the first time a document needs them. */
final class Hyphenations {
    private final Map<HyphenationLanguage, Hyphenation> loaded = new ConcurrentHashMap<>();

    /** The hyphenation for a kit's language, or empty for a language without patterns. */
    Optional<Hyphenation> of(String languageTag) {
        return HyphenationLanguage.of(languageTag).map(language -> loaded.computeIfAbsent(language, Hyphenation::load));
    }
}
