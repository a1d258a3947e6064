package dev.alignkit.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Page names are lower-case ASCII letters, digits and single hyphens. */
class SlugsTest {

    @Test
    void germanUmlautsAndSymbolsBecomeASlug() {
        assertEquals("ueberblick-ziele", Slugs.slugify("Überblick & Ziele"));
    }

    @Test
    void accentsAreDroppedAndSharpSIsSpelledOut() {
        assertEquals("resume-strasse", Slugs.slugify("Résumé Straße"));
    }

    @Test
    void leadingAndTrailingSeparatorsAreDropped() {
        assertEquals("kick-off-2027", Slugs.slugify("  Kick-off: 2027! "));
    }

    @Test
    void cyrillicIsTransliterated() {
        assertEquals("strategiya-rosta", Slugs.slugify("Стратегия роста"));
    }

    @Test
    void cyrillicTitlesThatShareNoWordGiveDifferentSlugs() {
        assertNotEquals(Slugs.slugify("Стратегия роста"), Slugs.slugify("Стратегия продаж"));
    }

    @Test
    void greekIsTransliterated() {
        assertEquals("stratigiki-anaptyxis", Slugs.slugify("Στρατηγική ανάπτυξης"));
    }

    @Test
    void chineseBecomesPinyinWithOneSyllablePerCharacter() {
        assertEquals("zeng-zhang-zhan-lue", Slugs.slugify("增长战略"));
    }

    @Test
    void japaneseKanaBecomeRomajiAndKanjiTheirSyllables() {
        assertEquals("cheng-zhang-zhan-lue-no-miteingu", Slugs.slugify("成長戦略の ミーティング"));
    }

    @Test
    void arabicIsTransliterated() {
        assertEquals("strtyjyh-lnmw", Slugs.slugify("استراتيجية النمو"));
    }

    @Test
    void koreanHangulIsRomanisedWordByWord() {
        assertEquals("hangugeo-hoeui", Slugs.slugify("한국어 회의"));
    }

    @Test
    void latinAndOtherScriptsMixInOneSlug() {
        assertEquals("q3-strategiya-2027", Slugs.slugify("Q3 Стратегия 2027"));
    }

    @Test
    void textWithoutLettersOrDigitsBecomesSession() {
        assertEquals("session", Slugs.slugify("???"));
    }

    @Test
    void slugsAreLowerCaseWithSingleHyphens() {
        assertTrue(Slugs.isSlug("kick-off-2"));
        assertFalse(Slugs.isSlug("Kick-off"));
        assertFalse(Slugs.isSlug("kick--off"));
        assertFalse(Slugs.isSlug("-kick"));
        assertFalse(Slugs.isSlug(""));
    }
}
