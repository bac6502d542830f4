package dev.recast.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recast.clean.CleaningRules;
import dev.recast.clean.Paragraph;
import dev.recast.clean.Run;
import dev.recast.clean.Section;
import dev.recast.clean.TranscriptCleaner;
import dev.recast.ingest.RawSection;
import dev.recast.ingest.SourceLine;
import dev.recast.ingest.SourceTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Caption timing through the segment stage: where unpunctuated speech is cut, the pauses, the times. */
class SourceTimingTest {

    private final Segmenter segmenter = new Segmenter();

    private static Optional<SourceTime> at(long start, long end) {
        return Optional.of(new SourceTime(start, end));
    }

    private List<Utterance> segment(List<Run> runs) {
        return segmenter.segment(new Section(1, "talk.vtt", "Talk", List.of(new Paragraph(runs, null, 1)), List.of()));
    }

    /**
     * Ten caption lines of six words, unpunctuated as speech recognition writes them: 50 ms apart,
     * but 900 ms after the fourth and 2 s after the seventh. Returns the runs.
     */
    private static List<Run> captionLines() {
        List<Run> runs = new ArrayList<>();
        long start = 0;
        for (int k = 1; k <= 10; k++) {
            String words = "river stones glide slowly past reeds";
            runs.add(new Run(words, at(start, start + 2000), false));
            start += 2000 + (k == 4 ? 900 : k == 7 ? 2000 : 50);
        }
        return runs;
    }

    @Test
    void unpunctuatedCaptionsAreCutWhereTheSpeakerFellSilentLongest() {
        List<Utterance> utterances = segment(captionLines());

        assertEquals(List.of(24, 18, 18), utterances.stream().map(u -> u.sourceText().split(" ").length).toList());
    }

    @Test
    void thePauseAtACutFollowsTheSilenceInTheSource() {
        List<Utterance> utterances = segment(captionLines());

        // 900 ms heard as a sentence's end, 2 s as a paragraph's; the last ends the section.
        assertEquals(List.of(Pause.SENTENCE, Pause.PARAGRAPH, Pause.SECTION),
                utterances.stream().map(Utterance::after).toList());
    }

    @Test
    void eachUtteranceSpansTheCaptionLinesItCameFrom() {
        List<Utterance> utterances = segment(captionLines());

        assertEquals(List.of(at(0, 8150), at(9050, 15150), at(17150, 23250)),
                utterances.stream().map(Utterance::sourceTime).toList());
    }

    @Test
    void aShortSilenceGivesAClausePause() {
        List<Run> runs = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            runs.add(new Run("river stones glide slowly past reeds", at(k * 2300L, k * 2300L + 2000), false));
        }
        List<Utterance> utterances = segment(runs);

        assertEquals(Pause.CLAUSE, utterances.get(0).after());
    }

    @Test
    void aLongSilenceAfterASentenceIsAParagraphsPause() {
        List<Utterance> utterances = segment(List.of(
                new Run("The tide came in.", at(0, 1000), false),
                new Run("It went out.", at(1300, 2000), false),
                new Run("The bell rang.", at(4000, 5000), false)));

        assertEquals(List.of(Pause.SENTENCE, Pause.PARAGRAPH, Pause.SECTION),
                utterances.stream().map(Utterance::after).toList());
    }

    @Test
    void sourceTimesGoFromCleanToSegmentSpreadOverALinesWords() {
        RawSection raw = new RawSection(1, "talk.vtt", null, List.of(
                new SourceLine(1, "The tide came in. It went", Optional.of(new SourceTime(0, 6000))),
                new SourceLine(2, "out again at noon.", Optional.of(new SourceTime(6000, 9000)))));
        Section section = new TranscriptCleaner(CleaningRules.defaults()).clean(List.of(raw)).get(0);

        List<Utterance> utterances = segmenter.segment(section);

        assertEquals(List.of("The tide came in.", "It went out again at noon."),
                utterances.stream().map(Utterance::sourceText).toList());
        assertEquals(List.of(at(0, 4000), at(4000, 9000)), utterances.stream().map(Utterance::sourceTime).toList());
    }

    @Test
    void plainTextHasNoSourceTime() {
        assertEquals(Optional.empty(), segment(List.of(new Run("The tide came in."))).get(0).sourceTime());
    }

    @Test
    void aSoundTakenOutLeavesAPauseWhereItStood() {
        List<Utterance> utterances = segment(List.of(
                new Run("we told the keeper about it", at(0, 2000), true),
                new Run("and then the boat left.", at(3000, 4000), false)));

        assertEquals(List.of("we told the keeper about it", "and then the boat left."),
                utterances.stream().map(Utterance::sourceText).toList());
        assertEquals(Pause.SENTENCE, utterances.get(0).after());
    }

    @Test
    void aSoundAfterAWordOrTwoLeavesNoFragment() {
        List<Utterance> utterances = segment(List.of(
                new Run("oh", Optional.empty(), true),
                new Run("and then the boat left.")));

        assertEquals(List.of("oh and then the boat left."), utterances.stream().map(Utterance::sourceText).toList());
    }
}
