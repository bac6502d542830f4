package dev.recast.publish;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A title made safe for a file or folder name on any system: lower-case ASCII letters and digits
 * in words joined by {@code -}, e.g. {@code "Café: the Long Count!"} becomes
 * {@code "cafe-the-long-count"}.
 */
public final class Slug {

    /** Long enough to tell titles apart, short enough to keep whole paths well under OS limits. */
    public static final int MAX_LENGTH = 60;

    /** What a title with no Latin letters or digits becomes. */
    public static final String UNTITLED = "untitled";

    // Letters that are not a base letter plus accents, so decomposition alone would drop them.
    private static final Map<String, String> LETTERS_WITHOUT_DECOMPOSITION = Map.of(
            "ß", "ss", "æ", "ae", "œ", "oe", "ø", "o", "ł", "l", "đ", "d", "ð", "d", "þ", "th", "ı", "i");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    // An apostrophe joins a word ("don't" -> "dont") rather than splitting it.
    private static final Pattern APOSTROPHES = Pattern.compile("['’]");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private Slug() {
    }

    public static String of(String title) {
        // NFKD splits "é" into "e" + an accent, and compatibility forms ("ﬁ", "²") into plain ones.
        String folded = Normalizer.normalize(title.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        folded = ACCENTS.matcher(folded).replaceAll("");
        for (var letter : LETTERS_WITHOUT_DECOMPOSITION.entrySet()) {
            folded = folded.replace(letter.getKey(), letter.getValue());
        }
        folded = APOSTROPHES.matcher(folded).replaceAll("");
        String words = SEPARATORS.matcher(folded).replaceAll(" ").strip();
        String slug = capped(words.replace(' ', '-'));
        return slug.isEmpty() ? UNTITLED : slug;
    }

    /** Cut at the last word boundary within {@link #MAX_LENGTH}; mid-word only for one very long word. */
    private static String capped(String slug) {
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        int boundary = slug.lastIndexOf('-', MAX_LENGTH);
        return boundary > 0 ? slug.substring(0, boundary) : slug.substring(0, MAX_LENGTH);
    }
}
