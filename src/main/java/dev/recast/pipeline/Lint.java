package dev.recast.pipeline;

import dev.recast.RecastException;
import dev.recast.clean.Block;
import dev.recast.clean.Section;
import dev.recast.segment.Segmenter;
import dev.recast.segment.Utterance;
import dev.recast.synth.FreeTtsEngine;
import dev.recast.synth.FreeTtsLexicon;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spoken words FreeTTS's dictionary does not know, most frequent first; the engine guesses
 * those from their spelling, so they are where recognition errors and names that need a
 * pronunciation hide.
 */
public final class Lint {

    // Words as the engine is told them: the normalizer has already spelt out numbers and symbols.
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*");
    private static final int LOCATIONS_SHOWN = 3;

    /** An unknown word: as first written, how often, and its first few places ({@code file:line}). */
    public record UnknownWord(String word, int count, List<String> locations) {
        public UnknownWord {
            locations = List.copyOf(locations);
        }

        UnknownWord seenAgain(String location) {
            List<String> more = new ArrayList<>(locations);
            if (more.size() < LOCATIONS_SHOWN && !more.contains(location)) {
                more.add(location);
            }
            return new UnknownWord(word, count + 1, more);
        }
    }

    private Lint() {
    }

    /** Reads and cleans {@code input} (the bundled example when empty) and lists its unknown words. */
    public static List<UnknownWord> unknownWords(Optional<Path> input) throws RecastException {
        Cleaned cleaned = Cleaned.read(input);
        FreeTtsLexicon lexicon = FreeTtsLexicon.of(FreeTtsEngine.DEFAULT_VOICE);
        Segmenter segmenter = new Segmenter();
        Map<String, UnknownWord> unknown = new LinkedHashMap<>();
        for (Section section : cleaned.sections()) {
            for (Block block : section.blocks()) {
                String location = section.source() + ":" + block.line();
                // One block at a time, so each word keeps the line its block starts on.
                Section alone = new Section(section.index(), section.source(), section.title(), List.of(block),
                        List.of());
                for (Utterance utterance : segmenter.segment(alone)) {
                    Matcher words = WORD.matcher(utterance.spokenText());
                    while (words.find()) {
                        String word = words.group();
                        if (!lexicon.knows(word)) {
                            unknown.merge(word.toLowerCase(Locale.ROOT), new UnknownWord(word, 1, List.of(location)),
                                    (seen, again) -> seen.seenAgain(location));
                        }
                    }
                }
            }
        }
        return unknown.values().stream()
                .sorted(Comparator.comparingInt(UnknownWord::count).reversed().thenComparing(UnknownWord::word))
                .toList();
    }
}
