package dev.recast.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recast.ingest.RawSection;
import dev.recast.ingest.SourceLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the cleaner with its default rules over test input, and checks on every run that nothing
 * was lost: the input's words are exactly the words of the blocks and the removals together.
 */
final class Cleaning {

    // Mojibake repairs change non-ASCII letters ("cafÃ©" → "café"), so words compare on ASCII.
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9]+");

    private Cleaning() {}

    /** A raw section whose lines are {@code text} split at line breaks. */
    static RawSection raw(int index, String source, String title, String text) {
        List<SourceLine> lines = new ArrayList<>();
        String[] texts = text.split("\n", -1);
        for (int k = 0; k < texts.length; k++) {
            lines.add(new SourceLine(k + 1, texts[k]));
        }
        return new RawSection(index, source, title, lines);
    }

    static RawSection raw(String text) {
        return raw(1, "notes.txt", null, text);
    }

    static List<Section> clean(List<RawSection> raws) {
        List<Section> sections = new TranscriptCleaner(CleaningRules.defaults()).clean(raws);
        for (int k = 0; k < raws.size(); k++) {
            assertNothingLost(raws.get(k), sections.get(k));
        }
        return sections;
    }

    static Section clean(String text) {
        return clean(List.of(raw(text))).get(0);
    }

    static void assertNothingLost(RawSection raw, Section section) {
        List<String> in = new ArrayList<>();
        raw.lines().forEach(line -> in.addAll(words(line.text())));
        List<String> out = new ArrayList<>();
        section.blocks().forEach(block -> out.addAll(words(text(block))));
        section.removals().forEach(removal -> out.addAll(words(removal.text())));
        in.sort(null);
        out.sort(null);
        assertEquals(in, out, () -> raw.source() + ": the words in must be the words of blocks and removals");
    }

    static String text(Block block) {
        return block.match(Heading::title, RunningText::text);
    }

    /** A block as the tables write it: "H2 title", "P text", "Q text". */
    static String describe(Block block) {
        return block.match(heading -> "H" + heading.level() + " " + heading.title(),
                paragraph -> "P " + paragraph.text(), quote -> "Q " + quote.text());
    }

    static List<String> describeBlocks(Section section) {
        return section.blocks().stream().map(Cleaning::describe).toList();
    }

    /** Removals as the tables write them: "MARKUP Heading". */
    static List<String> describeRemovals(Section section) {
        return section.removals().stream().map(r -> r.reason() + " " + r.text()).toList();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
