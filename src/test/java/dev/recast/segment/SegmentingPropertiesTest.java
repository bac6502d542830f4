package dev.recast.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.recast.clean.Block;
import dev.recast.clean.CleaningRules;
import dev.recast.clean.Heading;
import dev.recast.clean.Paragraph;
import dev.recast.clean.Quote;
import dev.recast.clean.Removal;
import dev.recast.clean.Section;
import dev.recast.clean.TranscriptCleaner;
import dev.recast.ingest.RawSection;
import dev.recast.ingest.SourceLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated transcripts through clean, segment and normalize: random Unicode, markup words,
 * numbers, abbreviations and punctuation runs. Whatever comes in, nothing throws, no utterance is
 * empty, and every word of the input reaches an utterance or a removal record.
 */
class SegmentingPropertiesTest {

    // Normalization rewrites words ("4.5" → "four point five"), so words are followed to the
    // utterances' source text, which the spoken text is made from one utterance at a time.
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9]+");

    private static final List<String> FRAGMENTS = List.of(
            "Heading", "Subheading.", "Quote", "End quote", "Unquote", "Asterisk asterisk", "There's an image here.",
            "Source.", "Podcast Appearances", "Jane Smith:", "[00:01:23]", "00:14", "๐ค", "â€™", "\uFFFD", "🎤",
            "...", "?!", "!!!", "—", "--", "…", "4.5", "1,000,000", "3rd", "1870s", "40%", "$1,200", "£3", "10:30",
            "e.g.", "i.e.", "etc.", "et al.", "Dr.", "Mr.", "St.", "J. R. R.", "U.S.", "\"", "“", "”", "(", ")",
            ":", ";", "-", "/", "&", "#", "@", "*", "\t", "\u0000", "\u0007", "\u200B", "\u00AD", "日本語", "Привет",
            "مرحبا", "café", "naïve");

    @Provide
    Arbitrary<List<List<String>>> transcripts() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(9),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12),
                Arbitraries.of(FRAGMENTS),
                Arbitraries.strings().withCharRange('!', '/').ofMinLength(1).ofMaxLength(6),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(4));
        Arbitrary<String> line = Combinators.combine(
                        word.list().ofMinSize(0).ofMaxSize(40),
                        Arbitraries.of("", ".", "?", "!", ",", " ", ".", "...", ":"))
                .as((words, end) -> String.join(" ", words) + end)
                .map(text -> text.replace('\n', ' ').replace('\r', ' '));
        return line.list().ofMinSize(1).ofMaxSize(12).list().ofMinSize(1).ofMaxSize(3);
    }

    @Property(tries = 1000)
    void neverThrowsNeverSaysNothingAndLosesNoWord(@ForAll("transcripts") List<List<String>> texts) {
        List<RawSection> raws = new ArrayList<>();
        for (List<String> lines : texts) {
            List<SourceLine> numbered = new ArrayList<>();
            for (String line : lines) {
                numbered.add(new SourceLine(numbered.size() + 1, line));
            }
            raws.add(new RawSection(raws.size() + 1, (raws.size() + 1) + ".txt", null, numbered));
        }
        List<Section> sections = new TranscriptCleaner(CleaningRules.defaults()).clean(raws);
        Segmenter segmenter = new Segmenter();
        for (int k = 0; k < raws.size(); k++) {
            Section section = sections.get(k);
            List<String> in = new ArrayList<>();
            raws.get(k).lines().forEach(line -> in.addAll(words(line.text())));
            List<String> out = new ArrayList<>();
            for (Utterance utterance : segmenter.segment(section)) {
                assertFalse(utterance.spokenText().isBlank(), utterance.id());
                out.addAll(words(utterance.sourceText()));
            }
            section.removals().stream().map(Removal::text).forEach(text -> out.addAll(words(text)));
            in.sort(null);
            out.sort(null);
            assertEquals(in, out, () -> "blocks: " + section.blocks().stream().map(SegmentingPropertiesTest::text).toList());
        }
    }

    private static String text(Block block) {
        if (block instanceof Heading h) {
            return h.title();
        }
        return block instanceof Paragraph p ? p.text() : ((Quote) block).text();
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
