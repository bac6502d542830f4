package dev.recast.cli;

import dev.recast.RecastException;
import dev.recast.clean.Block;
import dev.recast.clean.Section;
import dev.recast.pipeline.Cleaned;
import dev.recast.segment.Segmenter;
import dev.recast.segment.Utterance;
import dev.recast.synth.FreeTtsLexicon;
import dev.recast.synth.VoiceProfile;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code recast lint [INPUT]}: the spoken words FreeTTS's dictionary does not know, most frequent
 * first; the engine guesses those from their spelling, so they are where recognition errors and
 * names that need a pronunciation hide.
 */
final class LintCommand {

    // Words as the engine is told them: the normalizer has already spelt out numbers and symbols.
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*");
    private static final int LOCATIONS_SHOWN = 3;

    private final PrintStream out;

    LintCommand(PrintStream out) {
        this.out = out;
    }

    /** An unknown word: as first written, how often, and its first few places. */
    private record Unknown(String word, int count, List<String> locations) {
        Unknown seenAgain(String location) {
            List<String> more = new ArrayList<>(locations);
            if (more.size() < LOCATIONS_SHOWN && !more.contains(location)) {
                more.add(location);
            }
            return new Unknown(word, count + 1, more);
        }
    }

    int run(String[] args) throws UsageException, RecastException {
        InputOptions options = InputOptions.parse("lint", args);
        if (options.help()) {
            InputOptions.printHelp(out, "lint", "List the words of INPUT's spoken text that FreeTTS's dictionary does "
                    + "not know, most frequent first, with where they are: likely recognition errors (fix them in "
                    + "corrections.tsv) or names. With no INPUT, the bundled example. A report: exits 0.");
            return 0;
        }
        Cleaned cleaned = Cleaned.read(options.input());
        FreeTtsLexicon lexicon = FreeTtsLexicon.of(VoiceProfile.DEFAULT_VOICE);
        Segmenter segmenter = new Segmenter();
        Map<String, Unknown> unknown = new LinkedHashMap<>();
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
                            unknown.merge(word.toLowerCase(Locale.ROOT), new Unknown(word, 1, List.of(location)),
                                    (seen, again) -> seen.seenAgain(location));
                        }
                    }
                }
            }
        }
        unknown.values().stream()
                .sorted(Comparator.comparingInt(Unknown::count).reversed().thenComparing(Unknown::word))
                .forEach(u -> out.printf(Locale.ROOT, "%d  %s  %s%n", u.count(), u.word(),
                        String.join(", ", u.locations())));
        return 0;
    }
}
