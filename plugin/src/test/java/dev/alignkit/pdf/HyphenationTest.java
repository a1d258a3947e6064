package dev.alignkit.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HyphenationTest {
    private static final Hyphenations HYPHENATIONS = new Hyphenations();

    /** The text with a hyphen at every point where a line may break. */
    private static String marked(String languageTag, String text) {
        List<Integer> breaks = HYPHENATIONS.of(languageTag).orElseThrow().breaksIn(text);
        StringBuilder marked = new StringBuilder(text);
        for (int i = breaks.size() - 1; i >= 0; i--) {
            marked.insert((int) breaks.get(i), '-');
        }
        return marked.toString();
    }

    @Test
    void a_German_compound_breaks_between_its_syllables() {
        assertEquals("Kenn-zah-len-ver-ant-wort-li-cher", marked("de", "Kennzahlenverantwortlicher"));
    }

    @Test
    void each_part_of_a_hyphenated_German_compound_breaks_on_its_own() {
        assertEquals(
                "Stake-hol-der-Kom-mu-ni-ka-ti-ons-ver-ant-wort-li-che",
                marked("de-DE", "Stakeholder-Kommunikationsverantwortliche"));
    }

    @Test
    void an_English_word_breaks_by_the_English_patterns() {
        assertEquals("re-spon-si-bil-i-ties", marked("en", "responsibilities"));
    }

    @Test
    void a_possessive_breaks_in_its_word_and_keeps_its_ending() {
        assertEquals("the or-ga-ni-za-tion's goals", marked("en", "the organization's goals"));
    }

    @Test
    void punctuation_around_a_word_stays_with_it() {
        assertEquals("(Ab-tei-lungs-über-grei-fen-de),", marked("de", "(Abteilungsübergreifende),"));
    }

    @Test
    void words_shorter_than_eight_letters_stay_whole() {
        assertEquals("Ziele und Termine", marked("de", "Ziele und Termine"));
    }

    @Test
    void addresses_numbers_and_dates_stay_whole() {
        String text = "https://intranet.example.com/Kommunikationsverantwortliche "
                + "kommunikationsverantwortliche@example.com 1234567890123 2027-02-01 Verantwortliche_Liste.docx";
        assertEquals(text, marked("de", text));
    }

    @Test
    void a_language_without_patterns_is_not_hyphenated() {
        assertTrue(HYPHENATIONS.of("fr").isEmpty());
        assertTrue(HYPHENATIONS.of("pl-PL").isEmpty());
    }

    @Test
    void British_English_has_its_own_patterns() {
        assertEquals(
                HyphenationLanguage.BRITISH_ENGLISH,
                HyphenationLanguage.of("en-GB").orElseThrow());
        assertEquals(
                HyphenationLanguage.AMERICAN_ENGLISH,
                HyphenationLanguage.of("en-US").orElseThrow());
    }
}
