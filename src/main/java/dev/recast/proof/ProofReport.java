package dev.recast.proof;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What proof-listening found: every utterance with what the recognizer heard, the worst first,
 * and the words misheard most often, each with advice where it is misheard consistently.
 *
 * @param ranked every utterance, by error rate (highest first), then by more errors, then in episode order
 * @param words every word misheard at least once: most often misheard first, then by the most
 *     often said, then alphabetically
 */
public record ProofReport(List<Heard> ranked, List<MisheardWord> words) {

    /**
     * A word misheard at least this often, and in at least {@link #CONSISTENT_SHARE} of the times
     * it was said, is misheard consistently: the way it is said, not the recognizer's luck.
     */
    public static final int CONSISTENT_TIMES = 2;
    public static final double CONSISTENT_SHARE = 2.0 / 3;

    /**
     * One utterance and what was heard of it.
     *
     * @param location {@code file:line} of the block it is said from
     * @param said the text the engine was given
     * @param heard the words the recognizer heard
     */
    public record Heard(String id, String location, String said, List<String> heard, WordAlignment alignment) {
        public Heard {
            heard = List.copyOf(heard);
        }

        public Heard(String id, String location, String said, List<String> heard) {
            this(id, location, said, heard, WordAlignment.align(WordAlignment.words(said), heard));
        }

        /** Errors per word said; an utterance with no words to say (only punctuation) has none. */
        public double errorRate() {
            return alignment.errorRate().orElse(0);
        }
    }

    /** How often a word was heard as {@code heard} (empty: as nothing). */
    public record HeardAs(String heard, int times) {
    }

    /**
     * A word and how it was misheard across the episode.
     *
     * @param misheard how many of the times it was said it was misheard
     * @param said how many times it was said
     * @param heardAs what was heard in its place, most often first
     * @param advice for a word misheard consistently, what to do about it
     */
    public record MisheardWord(String word, int misheard, int said, List<HeardAs> heardAs, Optional<Advice> advice) {
        public MisheardWord {
            heardAs = List.copyOf(heardAs);
        }

        public boolean consistent() {
            return misheard >= CONSISTENT_TIMES && misheard >= CONSISTENT_SHARE * said;
        }
    }

    public ProofReport {
        ranked = List.copyOf(ranked);
        words = List.copyOf(words);
    }

    /**
     * The report of {@code heard} (in episode order), asking {@code advisor} about each word
     * misheard consistently.
     */
    public static ProofReport of(List<Heard> heard, Function<String, Advice> advisor) {
        List<Heard> ranked = new ArrayList<>(heard);
        ranked.sort(Comparator.comparingDouble(Heard::errorRate).reversed()
                .thenComparing(Comparator.comparingInt((Heard h) -> h.alignment().errors()).reversed()));
        Map<String, Integer> said = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> heardAs = new LinkedHashMap<>();
        for (Heard h : heard) {
            for (WordAlignment.Step step : h.alignment().steps()) {
                step.reference().ifPresent(word -> said.merge(word, 1, Integer::sum));
            }
            for (WordAlignment.Misheard m : h.alignment().misheard()) {
                heardAs.computeIfAbsent(m.word(), w -> new LinkedHashMap<>()).merge(m.heardText(), 1, Integer::sum);
            }
        }
        List<MisheardWord> words = new ArrayList<>();
        heardAs.forEach((word, forms) -> {
            List<HeardAs> byCount = forms.entrySet().stream().map(e -> new HeardAs(e.getKey(), e.getValue()))
                    .sorted(Comparator.comparingInt(HeardAs::times).reversed()).toList();
            int misheard = byCount.stream().mapToInt(HeardAs::times).sum();
            MisheardWord tally = new MisheardWord(word, misheard, said.get(word), byCount, Optional.empty());
            words.add(tally.consistent()
                    ? new MisheardWord(word, misheard, said.get(word), byCount, Optional.of(advisor.apply(word)))
                    : tally);
        });
        words.sort(Comparator.comparingInt(MisheardWord::misheard).reversed()
                .thenComparing(Comparator.comparingInt(MisheardWord::said).reversed())
                .thenComparing(MisheardWord::word));
        return new ProofReport(ranked, words);
    }

    /** Words said in all. */
    public int wordsSaid() {
        return ranked.stream().mapToInt(h -> h.alignment().referenceLength()).sum();
    }

    /** Word errors in all: substitutions, deletions and insertions. */
    public int errors() {
        return ranked.stream().mapToInt(h -> h.alignment().errors()).sum();
    }

    /** The episode's word error rate: errors per word said. */
    public double errorRate() {
        return errors() / (double) Math.max(1, wordsSaid());
    }

    /** Utterances heard exactly as said. */
    public int heardExactly() {
        return (int) ranked.stream().filter(h -> h.alignment().errors() == 0).count();
    }
}
