package dev.hardground.evidence;

import java.text.Normalizer;
import java.util.Locale;

/** File-name slugs: ASCII letters and digits joined by single hyphens, accents dropped, cut at a word boundary. */
final class Slug {
    private Slug() {
    }

    static String of(String text, int maxLength) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > maxLength) {
            int cut = slug.lastIndexOf('-', maxLength);
            slug = slug.substring(0, cut > 0 ? cut : maxLength);
        }
        return slug;
    }
}
