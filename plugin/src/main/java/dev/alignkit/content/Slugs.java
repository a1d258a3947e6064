package dev.alignkit.content;

import com.anyascii.AnyAscii;
import java.lang.Character.UnicodeScript;
import java.util.Locale;
import java.util.regex.Pattern;

/** Page names: lower-case ASCII letters, digits and single hyphens. */
public final class Slugs {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slugs() {}

    public static boolean isSlug(String text) {
        return SLUG.matcher(text).matches();
    }

    /** The slug cut to at most {@code max} characters, at a hyphen where there is one. */
    public static String shortened(String slug, int max) {
        if (slug.length() <= max) {
            return slug;
        }
        String cut = slug.substring(0, max);
        int hyphen = cut.lastIndexOf('-');
        return hyphen > 0 ? cut.substring(0, hyphen) : cut;
    }

    /**
     * Spells a title in ASCII: "Überblick &amp; Ziele" becomes "ueberblick-ziele", "Стратегия роста" becomes
     * "strategiya-rosta" and "增长战略" becomes "zeng-zhang-zhan-lue". Text with no letter or digit in any script
     * becomes "session".
     */
    public static String slugify(String text) {
        String ascii = AnyAscii.transliterate(separateIdeographs(germanSpelling(text)));
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "session" : slug;
    }

    /** German readers expect the umlauts spelled out (ue, not u), which a script-neutral transliteration does not do. */
    private static String germanSpelling(String text) {
        return text.replace("ß", "ss")
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("Ä", "Ae")
                .replace("Ö", "Oe")
                .replace("Ü", "Ue");
    }

    /** Each Chinese character is a syllable written without spaces; a hyphen between syllables keeps the pinyin readable. */
    private static String separateIdeographs(String text) {
        StringBuilder separated = new StringBuilder(text.length() * 2);
        text.codePoints().forEach(codePoint -> {
            if (UnicodeScript.of(codePoint) == UnicodeScript.HAN) {
                separated.append(' ').appendCodePoint(codePoint).append(' ');
            } else {
                separated.appendCodePoint(codePoint);
            }
        });
        return separated.toString();
    }
}
