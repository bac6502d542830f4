package dev.recast.proof;

import dev.recast.segment.Lexicon;
import dev.recast.segment.Pronunciation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Advice for a word misheard consistently: a {@code lexicon.txt} line from a pronouncing
 * dictionary where the engine says the word otherwise than the dictionary does (by the user's own
 * entry, or by its own dictionary or letter-to-sound guess); otherwise why there is none.
 */
public final class PronunciationAdvisor implements Function<String, Advice> {

    private final Lexicon lexicon;
    private final Function<String, List<String>> engineSays;
    private final Supplier<Map<String, List<String>>> dictionary;
    private Map<String, List<String>> loaded;

    /**
     * @param lexicon the pronunciations the engine was given (bundled and the input's)
     * @param engineSays the phones the engine says a word with when no lexicon entry says otherwise
     * @param dictionary the recognizer's pronouncing dictionary, its vocabulary, lower-case word to
     *     phones (stress digits or not), read only when advice is first asked for
     */
    public PronunciationAdvisor(Lexicon lexicon, Function<String, List<String>> engineSays,
            Supplier<Map<String, List<String>>> dictionary) {
        this.lexicon = lexicon;
        this.engineSays = engineSays;
        this.dictionary = dictionary;
    }

    @Override
    public Advice apply(String word) {
        Optional<Pronunciation> own = lexicon.entries().stream()
                .filter(p -> p.word().toLowerCase(Locale.ROOT).equals(word)).findFirst();
        Optional<List<String>> listed = Optional.ofNullable(dictionary().get(word));
        if (listed.isEmpty()) {
            // The dictionary is the recognizer's vocabulary: a word it lacks is never heard right, however said.
            return new Advice.Unclear("the recognizer does not know the word, so never hears it: listen to it, and"
                    + (own.isPresent() ? " check its phones in lexicon.txt" : " give its phones in lexicon.txt"
                            + " or respell it in corrections.tsv if it sounds wrong"));
        }
        Pronunciation suggested = new Pronunciation(word, stressed(listed.get()));
        if (own.isPresent()) {
            return bare(own.get().phones()).equals(bare(suggested.phones())) ? new Advice.Unclear(
                    "lexicon.txt's phones are the dictionary's: the voice says the word unclearly")
                    : new Advice.LexiconLine(suggested);
        }
        return bare(engineSays.apply(word)).equals(bare(suggested.phones()))
                ? new Advice.Unclear("said as the dictionary says it: the voice says the word unclearly")
                : new Advice.LexiconLine(suggested);
    }

    private synchronized Map<String, List<String>> dictionary() {
        if (loaded == null) {
            loaded = dictionary.get();
        }
        return loaded;
    }

    /**
     * Phones with stress digits: as given when they have them, else (a recognizer's dictionary
     * has none) the stress on the first vowel, English's commonest place, and the rest unstressed.
     */
    static List<String> stressed(List<String> phones) {
        if (phones.stream().anyMatch(p -> p.matches(".*[012]"))) {
            return phones;
        }
        List<String> stressed = new ArrayList<>();
        boolean first = true;
        for (String phone : phones) {
            String upper = phone.toUpperCase(Locale.ROOT);
            if (isVowel(upper)) {
                stressed.add(upper + (first ? "1" : "0"));
                first = false;
            } else {
                stressed.add(upper);
            }
        }
        return stressed;
    }

    /** Phones without stress, in upper case, the engine's schwa {@code ax} as the {@code AH} it is. */
    private static List<String> bare(List<String> phones) {
        return phones.stream().map(p -> p.toUpperCase(Locale.ROOT).replaceFirst("[012]$", ""))
                .map(p -> p.equals("AX") ? "AH" : p).toList();
    }

    private static boolean isVowel(String phone) {
        return phone.length() == 2 && "AEIOU".indexOf(phone.charAt(0)) >= 0;
    }
}
