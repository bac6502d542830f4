package dev.recast.segment;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the sentence splitter knows about a language, as data. Abbreviations are written with
 * their periods and matched ignoring case; dotted initials ("U.S.", "J.") need no entry.
 *
 * @param neverFinal abbreviations that are always followed by more of their sentence ("Dr.", "e.g.")
 * @param maybeFinal abbreviations that may also end a sentence ("etc.", "Inc."): after these, and
 *     after initials, a new sentence starts only with one of the {@code sentenceStarters}
 * @param sentenceStarters capitalized words that, after an ambiguous abbreviation, show that a new
 *     sentence has begun ("The", "In"); "U.S. Army" is one sentence, "the U.S. The" two
 */
public record SentenceRules(Set<String> neverFinal, Set<String> maybeFinal, Set<String> sentenceStarters) {

    public static final SentenceRules ENGLISH = new SentenceRules(
            Set.of("Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Rev.", "Hon.", "Gen.", "Capt.", "Lt.", "Sgt.", "Col.",
                    "Gov.", "Sen.", "Rep.", "Mt.", "Ft.", "vs.", "cf.", "viz.", "approx.", "e.g.", "i.e."),
            Set.of("etc.", "et al.", "Inc.", "Ltd.", "Co.", "Corp.", "Bros.", "Jr.", "Sr.", "St.", "Ave.", "Ph.D.",
                    "No.", "Vol.", "Fig.", "p.", "pp.", "ch.", "ed.", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.",
                    "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec."),
            Set.of("a", "an", "the", "this", "that", "these", "those", "it", "its", "i", "he", "she", "we", "they",
                    "you", "my", "our", "his", "her", "their", "your", "there", "here", "then", "now", "but",
                    "and", "so", "or", "yet", "however", "in", "on", "at", "for", "from", "by", "with", "if", "when",
                    "while", "after", "before", "since", "because", "as", "although", "though", "what", "why",
                    "how", "who", "where", "which", "some", "many", "most", "all", "each", "every", "no", "not",
                    "one", "both", "even", "only", "also", "still", "today", "meanwhile", "later", "finally",
                    "first", "next", "yes", "well", "oh", "let", "do", "does", "did", "is", "was", "are", "were"));

    public SentenceRules {
        if (neverFinal == null || maybeFinal == null || sentenceStarters == null) {
            throw new IllegalArgumentException("sentence rules need all three lists");
        }
        neverFinal = Set.copyOf(neverFinal);
        maybeFinal = Set.copyOf(maybeFinal);
        sentenceStarters = sentenceStarters.stream()
                .map(word -> word.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }
}
