package dev.alignkit.content;

import java.text.Normalizer;
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

    /** "Überblick & Ziele" becomes "ueberblick-ziele". */
    public static String slugify(String text) {
        String expanded = text.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue");
        String ascii = Normalizer.normalize(expanded, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "session" : slug;
    }
}
