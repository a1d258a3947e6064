package dev.alignkit.pdf;

import io.github.nianna.api.Hyphenator;
import io.github.nianna.api.HyphenatorProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the words of one language may be broken with a hyphen, by Liang's algorithm on the language's TeX patterns.
 * Only words: a token (text between spaces) that holds anything but letters and inner hyphens, once opening and closing
 * punctuation is set aside, is left whole, so an address, e-mail address, number, date or file name never breaks.
 * Only long words: shorter ones fit even narrow columns and read better whole.
 */
public final class Hyphenation {
    /** Words shorter than this are never broken. */
    static final int SHORTEST_WORD = 8;

    /** How many tokens each language remembers the breaks of; a document repeats its words. */
    private static final int REMEMBERED_TOKENS = 50_000;

    /**
     * Letters (with their combining marks), joined by hyphens or apostrophes: "Stakeholder-Kommunikationsverantwortliche",
     * "organization's".
     */
    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{M}]+(?:[-\u2010'\u2019][\\p{L}\\p{M}]+)*");

    private static final Pattern LETTERS = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final String OPENING = "([{\"'\u201e\u201c\u201a\u2018\u00ab\u00bb\u2039\u203a\u00bf\u00a1";
    private static final String CLOSING = ")]}\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u2039\u203a.,;:!?\u2026-";

    private final Hyphenator patterns;
    private final Map<String, List<Integer>> remembered = new ConcurrentHashMap<>();

    private Hyphenation(Hyphenator patterns) {
        this.patterns = patterns;
    }

    /** Reads a language's patterns from the plugin: the expensive part, done once per language and renderer. */
    static Hyphenation load(HyphenationLanguage language) {
        try (InputStream in = Hyphenation.class.getResourceAsStream(language.resource())) {
            if (in == null) {
                throw new IllegalStateException(
                        "hyphenation patterns " + language.resource() + " missing from the plugin");
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList();
            return new Hyphenation(
                    new Hyphenator(lines, new HyphenatorProperties(language.lettersBefore(), language.lettersAfter())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The offsets in {@code text} after which a line may end with a hyphen, in ascending order. */
    public List<Integer> breaksIn(String text) {
        List<Integer> breaks = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            if (isSpace(text.charAt(start))) {
                start++;
                continue;
            }
            int end = start;
            while (end < text.length() && !isSpace(text.charAt(end))) {
                end++;
            }
            for (int at : breaksInToken(text.substring(start, end))) {
                breaks.add(start + at);
            }
            start = end;
        }
        return breaks;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private List<Integer> breaksInToken(String token) {
        List<Integer> known = remembered.get(token);
        if (known != null) {
            return known;
        }
        List<Integer> breaks = List.copyOf(findBreaks(token));
        if (remembered.size() < REMEMBERED_TOKENS) {
            remembered.put(token, breaks);
        }
        return breaks;
    }

    private List<Integer> findBreaks(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && OPENING.indexOf(token.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && CLOSING.indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        List<Integer> breaks = new ArrayList<>();
        if (end - start < SHORTEST_WORD
                || !WORDS.matcher(token).region(start, end).matches()) {
            return breaks;
        }
        Matcher word = LETTERS.matcher(token).region(start, end);
        while (word.find()) {
            if (word.end() - word.start() >= SHORTEST_WORD) {
                for (int at : patterns.hyphenateToken(word.group()).hyphenIndexes()) {
                    breaks.add(word.start() + at);
                }
            }
        }
        return breaks;
    }
}
