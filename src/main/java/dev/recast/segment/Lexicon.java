package dev.recast.segment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

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
     * What of the lexicon shapes the audio, for cache keys and the render fingerprint: each entry's
     * word and phones, one entry a line, in order; "" for none.
     */
    public String soundKey() {
        return entries.stream().map(entry -> entry.word() + " " + String.join(" ", entry.phones()))
                .collect(Collectors.joining("\n"));
    }
}
