package dev.recast.segment;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Capitalized words the listener hears as words, not letters: "NASA" is said, "LLM" is spelled.
 * Built by the caller (the rules' own list, plus the words of a pronunciation lexicon), so this
 * stage never asks the engine itself.
 */
@FunctionalInterface
public interface KnownWords {

    /** Whether {@code word}, in any case, is said as a word. */
    boolean knows(String word);

    /** A fixed set of words, matched ignoring case. */
    static KnownWords of(Set<String> words) {
        Set<String> lower = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        return word -> lower.contains(word.toLowerCase(Locale.ROOT));
    }

    default KnownWords or(KnownWords other) {
        return word -> knows(word) || other.knows(word);
    }
}
