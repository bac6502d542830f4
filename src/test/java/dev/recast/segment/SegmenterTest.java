package dev.recast.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recast.clean.Block;
import dev.recast.clean.Heading;
import dev.recast.clean.Paragraph;
import dev.recast.clean.Quote;
import dev.recast.clean.Section;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SegmenterTest {

    private final Segmenter segmenter = new Segmenter();

    /** Blocks of a section, then each utterance's source text with the pause after it. */
    static Stream<Arguments> pauses() {
        return Stream.of(
                pauses("the last utterance of a section",
                        List.of(p("Only one.")),
                        "Only one. SECTION"),
                pauses("sentences within a paragraph",
                        List.of(p("One. Two. Three.")),
                        "One. SENTENCE", "Two. SENTENCE", "Three. SECTION"),
                pauses("the end of a paragraph",
                        List.of(p("One. Two."), p("Three.")),
                        "One. SENTENCE", "Two. PARAGRAPH", "Three. SECTION"),
                pauses("sentences within a quote, and its end",
                        List.of(q("One. Two."), p("Three.")),
                        "One. SENTENCE", "Two. PARAGRAPH", "Three. SECTION"),
                pauses("before a heading, and after it",
                        List.of(p("One. Two."), h("Chapter Two"), p("Three.")),
                        "One. SENTENCE", "Two. CHAPTER", "Chapter Two PARAGRAPH", "Three. SECTION"),
                pauses("a heading that opens the section",
                        List.of(h("Chapter One"), p("One.")),
                        "Chapter One PARAGRAPH", "One. SECTION"),
                pauses("a heading right before a subheading",
                        List.of(h("Part One"), h("Chapter One", 2), p("One.")),
                        "Part One CHAPTER", "Chapter One PARAGRAPH", "One. SECTION"),
                pauses("a heading that ends the section",
                        List.of(p("One."), h("Coda")),
                        "One. CHAPTER", "Coda SECTION"),
                pauses("a paragraph with nothing to say",
                        List.of(p("One."), p("* * *"), p("Two.")),
                        "One. PARAGRAPH", "Two. SECTION"),
                pauses("nothing to say at the section's end",
                        List.of(p("One. Two."), p("***")),
                        "One. SENTENCE", "Two. SECTION"),
                pauses("nothing to say before a heading",
                        List.of(p("One."), p("***"), h("Chapter Two")),
                        "One. CHAPTER", "Chapter Two SECTION"),
                pauses("a heading with nothing to say",
                        List.of(p("One."), h("***"), p("Two.")),
                        "One. PARAGRAPH", "Two. SECTION"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pauses")
    void pausesFollowTheStrongestBoundary(String rule, List<Block> blocks, List<String> expected) {
        List<String> actual = segmenter.segment(section(1, blocks)).stream()
                .map(u -> u.sourceText() + " " + u.after())
                .toList();
        assertEquals(expected, actual);
    }

    @Test
    void idsCountFromOneWithinTheSectionAndSkipUnspokenText() {
        List<Utterance> utterances = segmenter.segment(section(3, List.of(p("One. Two."), p("***"), h("Next"))));
        assertEquals(List.of("03-0001", "03-0002", "03-0003"), utterances.stream().map(Utterance::id).toList());
        assertEquals(List.of(3, 3, 3), utterances.stream().map(Utterance::section).toList());
    }

    @Test
    void idsWidenWithTheSectionIndex() {
        assertEquals("12-0001", segmenter.segment(section(12, List.of(p("One.")))).get(0).id());
    }

    @Test
    void idsKeepFourDigitsPastNine() {
        List<Utterance> utterances = segmenter.segment(section(1, List.of(p("Line 1. Line 2. Line 3. Line 4. Line 5. Line 6. Line 7. Line 8. Line 9. Line 10."))));
        assertEquals("01-0010", utterances.get(9).id());
    }

    @Test
    void rolesAndSpeakersComeFromTheBlock() {
        List<Utterance> utterances = segmenter.segment(section(1, List.of(
                h("Chapter One"),
                h("Part A", 2),
                new Paragraph("Hello. Welcome.", "Ann", 2),
                new Quote("To be.", "Bob", 3),
                new Paragraph("Unattributed.", null, 4))));
        assertEquals(List.of(Role.HEADING, Role.SUBHEADING, Role.NARRATION, Role.NARRATION, Role.QUOTE, Role.NARRATION),
                utterances.stream().map(Utterance::role).toList());
        assertEquals(Arrays.asList(null, null, "Ann", "Ann", "Bob", null),
                utterances.stream().map(Utterance::speaker).toList());
    }

    @Test
    void sourceTextIsKeptAndSpokenTextNormalized() {
        Utterance utterance = segmenter.segment(section(1, List.of(p("Cats & dogs, e.g. Rex.")))).get(0);
        assertEquals("Cats & dogs, e.g. Rex.", utterance.sourceText());
        assertEquals("Cats and dogs, for example Rex.", utterance.spokenText());
    }

    @Test
    void headingsAreNormalizedToo() {
        assertEquals("Cats versus Dogs", segmenter.segment(section(1, List.of(h("Cats vs. Dogs")))).get(0).spokenText());
    }

    @Test
    void anEmptySectionHasNoUtterances() {
        assertEquals(List.of(), segmenter.segment(section(1, List.of())));
    }

    @Test
    void aLongSentenceSplitsAtItsMostCentralSemicolonOrColon() {
        String first = words("early", 10) + ": " + words("middle", 15) + ";";
        String second = words("late", 20) + ".";
        List<Utterance> utterances = segmenter.segment(section(1, List.of(p(first + " " + second), p("After."))));
        assertEquals(List.of(first, second, "After."), utterances.stream().map(Utterance::sourceText).toList());
        assertEquals(List.of(Pause.CLAUSE, Pause.PARAGRAPH, Pause.SECTION),
                utterances.stream().map(Utterance::after).toList());
    }

    @Test
    void aSentenceTooLongToSayWholeIsCutAtItsCommaWhenItHasNoClauseBoundary() {
        String first = words("word", 30) + ",";
        String second = words("more", 30) + ".";
        assertEquals(List.of(first, second), segmenter.segment(section(1, List.of(p(first + " " + second))))
                .stream().map(Utterance::sourceText).toList());
    }

    @Test
    void aSentenceWithNoPlaceToCutIsCutEvenlyRatherThanSaidOverTheCap() {
        List<Utterance> utterances = segmenter.segment(section(1, List.of(p(words("word", 100) + "."))));
        assertEquals(List.of(25, 25, 25, 25), utterances.stream().map(u -> u.sourceText().split(" ").length).toList());
    }

    @Test
    void aSentenceJustOverTheLimitWithNoPlaceToCutStaysWhole() {
        String sentence = words("word", 30) + ".";
        assertEquals(List.of(sentence),
                segmenter.segment(section(1, List.of(p(sentence)))).stream().map(Utterance::sourceText).toList());
    }

    @Test
    void unpunctuatedSpeechIsCutBeforeWordsThatOpenAClause() {
        String first = words("we", 1) + " " + words("rowed", 17);
        String second = "because " + words("tide", 17);
        assertEquals(List.of(first, second), segmenter.segment(section(1, List.of(p(first + " " + second))))
                .stream().map(Utterance::sourceText).toList());
    }

    @Test
    void aCutLeavesNoPhraseOpenAfterAConjunction() {
        String first = "we " + words("rowed", 16);
        String second = "and so " + words("tide", 16);
        assertEquals(List.of(first, second), segmenter.segment(section(1, List.of(p(first + " " + second))))
                .stream().map(Utterance::sourceText).toList());
    }

    @Test
    void aSentenceAtTheLimitIsNotSplit() {
        String sentence = words("word", 12) + "; " + words("more", 13) + ".";
        assertEquals(1, segmenter.segment(section(1, List.of(p(sentence)))).size());
    }

    @Test
    void clausesSplitAgainUntilShortEnough() {
        Segmenter strict = new Segmenter(new SegmenterConfig(SentenceRules.ENGLISH, SpeechRules.ENGLISH, 5));
        List<Utterance> utterances = strict.segment(
                section(1, List.of(p("One two three; four five six: seven eight nine; ten eleven twelve. Done."))));
        assertEquals(List.of("One two three;", "four five six:", "seven eight nine;", "ten eleven twelve.", "Done."),
                utterances.stream().map(Utterance::sourceText).toList());
        assertEquals(List.of(Pause.CLAUSE, Pause.CLAUSE, Pause.CLAUSE, Pause.SENTENCE, Pause.SECTION),
                utterances.stream().map(Utterance::after).toList());
    }

    @Test
    void withoutStrongerMarksALongSentenceSplitsAtACommaBeforeAConjunction() {
        String first = words("early", 14) + ",";
        String second = "and " + words("late", 14) + ".";
        assertEquals(List.of(first, second), segmenter.segment(section(1, List.of(p(first + " " + second))))
                .stream().map(Utterance::sourceText).toList());
    }

    @Test
    void aDashIsAClauseBoundaryButAHyphenIsNot() {
        String first = words("early", 14) + " —";
        String second = "shallow-water " + words("late", 14) + ".";
        assertEquals(List.of(first, second), segmenter.segment(section(1, List.of(p(first + " " + second))))
                .stream().map(Utterance::sourceText).toList());
    }

    @Test
    void linesWrappedMidSentenceAreJoinedFirst() {
        assertEquals(List.of("The tide was high.", "Then it fell."), segmenter.segment(section(1,
                List.of(p("The tide was  \nhigh. Then\r\n  it fell.")))).stream().map(Utterance::sourceText).toList());
    }

    @Test
    void noCutLeavesAFragmentTooShortToCarryIntonation() {
        String sentence = "Yes; " + words("word", 30) + ".";
        assertEquals(List.of(sentence),
                segmenter.segment(section(1, List.of(p(sentence)))).stream().map(Utterance::sourceText).toList());
    }

    private static String words(String word, int count) {
        return String.join(" ", Collections.nCopies(count, word));
    }

    private static Section section(int index, List<Block> blocks) {
        return new Section(index, "section.txt", "A section", blocks, List.of());
    }

    private static Paragraph p(String text) {
        return new Paragraph(text, null, 1);
    }

    private static Quote q(String text) {
        return new Quote(text, null, 1);
    }

    private static Heading h(String title) {
        return h(title, 1);
    }

    private static Heading h(String title, int level) {
        return new Heading(title, level, 1);
    }

    private static Arguments pauses(String rule, List<Block> blocks, String... expected) {
        return Arguments.of(rule, blocks, List.of(expected));
    }
}
