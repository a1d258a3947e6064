package dev.alignkit.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
