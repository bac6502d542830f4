package dev.recast.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.clean.Block;
import dev.recast.clean.CleaningRules;
import dev.recast.clean.Heading;
import dev.recast.clean.Paragraph;
import dev.recast.clean.Removal;
import dev.recast.clean.Run;
import dev.recast.clean.RunningText;
import dev.recast.clean.Section;
import dev.recast.clean.TranscriptCleaner;
import dev.recast.ingest.RawSection;
import dev.recast.ingest.SourceLine;
import dev.recast.ingest.SourceTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;

/**
 * Generated transcripts through clean, segment and normalize: random Unicode, markup words,
 * numbers, abbreviations and punctuation runs. Whatever comes in, nothing throws, no utterance is
 * empty or over {@link SegmenterConfig#MAX_UTTERANCE_WORDS} words, and every word of the input
 * reaches an utterance or a removal record. Generated caption speech, punctuated or not, timed or
 * not, keeps every word in order and its time.
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

    @Property(tries = 250)
    void neverThrowsNeverSaysNothingAndLosesNoWord(@ForAll("transcripts") List<List<String>> texts) {
        neverThrowsNeverSaysNothingAndLosesNoWordOn(texts);
    }

    /** The same property on many more transcripts, in the slow step. */
    @Property(tries = 4000)
    @Tag("slow")
    void neverThrowsNeverSaysNothingAndLosesNoWordOnManyMore(@ForAll("transcripts") List<List<String>> texts) {
        neverThrowsNeverSaysNothingAndLosesNoWordOn(texts);
    }

    private void neverThrowsNeverSaysNothingAndLosesNoWordOn(List<List<String>> texts) {
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
                assertAtMostTheCap(utterance);
                out.addAll(words(utterance.sourceText()));
            }
            section.removals().stream().map(Removal::text).forEach(text -> out.addAll(words(text)));
            in.sort(null);
            out.sort(null);
            assertEquals(in, out, () -> "blocks: " + section.blocks().stream().map(SegmentingPropertiesTest::text).toList());
        }
    }

    /** A stretch of generated speech: its words, the silence before it and how long it lasts, a sound after it. */
    record Spoken(String text, long silenceBefore, long length, boolean soundAfter) {
    }

    @Provide
    Arbitrary<List<Spoken>> speech() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(9),
                Arbitraries.of("and", "but", "so", "because", "which", "that", "when", "if", "then", "okay", "right",
                        "you", "know", "I", "I'm", "the", "of", "to", "uh", "um", "like", "well"),
                Arbitraries.of("—", "...", "-", ",", "okay,", "really?", "yes!", "4.5", "1,000", "e.g.", "Dr.", "U.S."),
                Arbitraries.strings().withCharRange('A', 'Z').ofLength(1).map(c -> c + "ames"));
        Arbitrary<String> text = Combinators.combine(
                        word.list().ofMinSize(1).ofMaxSize(14),
                        Arbitraries.of("", "", "", "", "", ".", ",", "?", ";"))
                .as((words, end) -> String.join(" ", words) + end);
        return Combinators.combine(text, Arbitraries.longs().between(0, 3000), Arbitraries.longs().between(0, 5000),
                        Arbitraries.frequency(Tuple.of(9, false), Tuple.of(1, true)))
                .as(Spoken::new)
                .list().ofMinSize(1).ofMaxSize(80);
    }

    @Property(tries = 300)
    void noUtteranceIsOverTheCapAndTimedTextKeepsItsTimeInOrder(@ForAll("speech") List<Spoken> speech,
            @ForAll boolean timed) {
        List<Run> runs = new ArrayList<>();
        long clock = 0;
        for (Spoken spoken : speech) {
            clock += spoken.silenceBefore();
            Optional<SourceTime> time = timed ? Optional.of(new SourceTime(clock, clock + spoken.length()))
                    : Optional.empty();
            runs.add(new Run(spoken.text(), time, spoken.soundAfter()));
            clock += spoken.length();
        }
        Paragraph paragraph = new Paragraph(runs, null, 1);
        List<Utterance> utterances = new Segmenter().segment(
                new Section(1, "talk.vtt", "Talk", List.of(paragraph), List.of()));

        List<String> out = new ArrayList<>();
        long lastStart = 0;
        for (Utterance utterance : utterances) {
            assertAtMostTheCap(utterance);
            out.addAll(words(utterance.sourceText()));
            assertEquals(timed, utterance.sourceTime().isPresent(), utterance.id());
            if (timed) {
                SourceTime time = utterance.sourceTime().get();
                SourceTime whole = paragraph.sourceTime().get();
                assertTrue(time.startMillis() >= lastStart && time.startMillis() >= whole.startMillis()
                        && time.endMillis() <= whole.endMillis(), () -> utterance + " in " + whole);
                lastStart = time.startMillis();
            }
        }
        // Speech normalization may leave out a mark, never a word: all of them, in order.
        assertEquals(words(paragraph.text()), out);
    }

    private static void assertAtMostTheCap(Utterance utterance) {
        long words = Arrays.stream(utterance.sourceText().split("[\\s\\u00A0]+"))
                .filter(w -> w.chars().anyMatch(Character::isLetterOrDigit)).count();
        assertTrue(words <= SegmenterConfig.MAX_UTTERANCE_WORDS, () -> words + " words: " + utterance.sourceText());
    }

    private static String text(Block block) {
        return block.match(Heading::title, RunningText::text);
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
