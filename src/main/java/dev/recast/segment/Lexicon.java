package dev.recast.segment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The user's pronunciations, added to the engine's dictionary: the bundled {@code voices/lexicon.txt},
 * then an input's own {@code lexicon.txt}, whose entry wins for the same word. Its words are also
 * said as words when written in capitals ("AIS" with an entry is not spelled).
 */
public record Lexicon(List<Pronunciation> entries) {

    public static final Lexicon EMPTY = new Lexicon(List.of());

    public Lexicon {
        entries = List.copyOf(entries);
    }

    /** This lexicon with {@code later}'s entries added; a word in both takes {@code later}'s phones. */
    public Lexicon plus(Lexicon later) {
        Map<String, Pronunciation> byWord = new LinkedHashMap<>();
        for (Pronunciation p : entries) {
            byWord.put(p.word().toLowerCase(Locale.ROOT), p);
        }
        for (Pronunciation p : later.entries()) {
            byWord.remove(p.word().toLowerCase(Locale.ROOT)); // re-added last: the order says who won
            byWord.put(p.word().toLowerCase(Locale.ROOT), p);
        }
        return new Lexicon(List.copyOf(byWord.values()));
    }

    public KnownWords knownWords() {
        return KnownWords.of(entries.stream().map(Pronunciation::word).collect(Collectors.toSet()));
    }

    /**
     * What of the lexicon shapes the audio, for the render fingerprint: each entry's word and
     * phones, one entry a line, in order; "" for none.
     */
    public String soundKey() {
        return soundKey(entries.stream());
    }

    /**
     * What of the lexicon shapes the audio of {@code spokenText}, for its cache key: the entries
     * for words it says, so a new entry re-synthesizes only the utterances with its word. A word
     * counts wherever it stands between characters that are not letters or digits, the engine's
     * own splitting ("don" in "don't") included.
     */
    public String soundKeyFor(String spokenText) {
        String text = spokenText.toLowerCase(Locale.ROOT);
        return soundKey(entries.stream().filter(entry -> says(text, entry.word().toLowerCase(Locale.ROOT))));
    }

    private static boolean says(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static String soundKey(Stream<Pronunciation> entries) {
        return entries.map(entry -> entry.word() + " " + String.join(" ", entry.phones()))
                .collect(Collectors.joining("\n"));
    }
}
