package dev.recast.episode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recast.audio.PcmFormat;
import dev.recast.clean.Heading;
import dev.recast.clean.Paragraph;
import dev.recast.clean.Section;
import dev.recast.segment.Pauses;
import dev.recast.segment.Pause;
import dev.recast.segment.Role;
import dev.recast.segment.Utterance;
import java.util.List;
import org.junit.jupiter.api.Test;

class StitcherTest {

    private static final PcmFormat FORMAT = PcmFormat.SPEECH_16K;
    /** 10, 20, 30, 40 ms pauses: 160, 320, 480, 640 samples; sections end with 800. */
    private static final Pauses PAUSES = new Pauses(5, 10, 20, 30, 50);

    private static Utterance u(String id, int section, Role role, String text, Pause after) {
        return new Utterance(id, section, role, text, text, null, after);
    }

    /** Every utterance lasts 1000 samples. */
    private static Timeline layout(List<Section> sections, List<Utterance> utterances) {
        return new Stitcher(PAUSES).layout(FORMAT, sections, utterances, u -> 1000L);
    }

    private static Section section(int index, String title) {
        return new Section(index, index + ".txt", title, List.of(new Paragraph("x", null, 1)), List.of());
    }

    @Test
    void placesUtterancesEndToEndWithTheirPauses() {
        Timeline t = layout(List.of(section(1, "One")), List.of(
                u("01-0001", 1, Role.NARRATION, "A.", Pause.SENTENCE),
                u("01-0002", 1, Role.NARRATION, "B.", Pause.PARAGRAPH),
                u("01-0003", 1, Role.NARRATION, "C.", Pause.SECTION)));
        List<Placed> p = t.utterances();
        assertEquals(new Placed(p.get(0).utterance(), 0, 1000, 1160), p.get(0));
        assertEquals(new Placed(p.get(1).utterance(), 1160, 2160, 2480), p.get(1));
        assertEquals(new Placed(p.get(2).utterance(), 2480, 3480, 4280), p.get(2));
        assertEquals(4280, t.totalSamples());
        assertEquals(List.of(new SectionSpan(1, "One", "1.txt", 0, 4280)), t.sections());
    }

    @Test
    void sectionsFollowEachOtherExactly() {
        Timeline t = layout(List.of(section(1, "One"), section(2, "Two")), List.of(
                u("01-0001", 1, Role.NARRATION, "A.", Pause.SECTION),
                u("02-0001", 2, Role.NARRATION, "B.", Pause.SECTION)));
        assertEquals(List.of(new SectionSpan(1, "One", "1.txt", 0, 1800), new SectionSpan(2, "Two", "2.txt", 1800, 3600)),
                t.sections());
        assertEquals(List.of(new Chapter("One", 1, 0), new Chapter("Two", 1, 1800)), t.chapters());
    }

    @Test
    void onAGridEverySectionStartsOnItsLastPauseLengthenedToTheNextMultiple() {
        Timeline t = new Stitcher(PAUSES, 1024).layout(FORMAT, List.of(section(1, "One"), section(2, "Two"),
                section(3, "Three")), List.of(
                        u("01-0001", 1, Role.NARRATION, "A.", Pause.SENTENCE),
                        u("01-0002", 1, Role.NARRATION, "B.", Pause.SECTION),
                        u("02-0001", 2, Role.NARRATION, "C.", Pause.SECTION),
                        u("03-0001", 3, Role.NARRATION, "D.", Pause.SECTION)),
                u -> 1000L);
        // One: 1000 + 160, then 1000 + 800 = 2960, up to 3072; Two: 3072 + 1800 = 4872, up to 5120.
        assertEquals(List.of(new SectionSpan(1, "One", "1.txt", 0, 3072), new SectionSpan(2, "Two", "2.txt", 3072, 5120),
                new SectionSpan(3, "Three", "3.txt", 5120, 7168)), t.sections());
        // Only the pause that ends a section grows.
        assertEquals(new Placed(t.utterances().get(0).utterance(), 0, 1000, 1160), t.utterances().get(0));
        assertEquals(new Placed(t.utterances().get(1).utterance(), 1160, 2160, 3072), t.utterances().get(1));
        assertEquals(7168, t.totalSamples());
    }

    @Test
    void headingsBecomeChaptersAtTheirLevel() {
        Section s = new Section(1, "1.txt", "Intro", List.of(new Heading("Deeper", 2, 3)), List.of());
        Timeline t = layout(List.of(s), List.of(
                u("01-0001", 1, Role.NARRATION, "A.", Pause.CHAPTER),
                u("01-0002", 1, Role.SUBHEADING, "Deeper", Pause.PARAGRAPH),
                u("01-0003", 1, Role.NARRATION, "B.", Pause.SECTION)));
        assertEquals(List.of(new Chapter("Intro", 1, 0), new Chapter("Deeper", 2, 1480)), t.chapters());
    }

    @Test
    void aSectionOpeningWithItsOwnTitleHasOneChapterThere() {
        Section s = new Section(1, "1.txt", "Conclusion", List.of(new Heading("Conclusion", 1, 1)), List.of());
        Timeline t = layout(List.of(s), List.of(
                u("01-0001", 1, Role.HEADING, "Conclusion", Pause.PARAGRAPH),
                u("01-0002", 1, Role.NARRATION, "B.", Pause.SECTION)));
        assertEquals(List.of(new Chapter("Conclusion", 1, 0)), t.chapters());
    }

    @Test
    void aSectionWithNothingToSayTakesNoTime() {
        Timeline t = layout(List.of(section(1, "One"), section(2, "Empty"), section(3, "Three")), List.of(
                u("01-0001", 1, Role.NARRATION, "A.", Pause.SECTION),
                u("03-0001", 3, Role.NARRATION, "C.", Pause.SECTION)));
        assertEquals(List.of(1, 3), t.sections().stream().map(SectionSpan::index).toList());
        assertEquals(List.of("One", "Three"), t.chapters().stream().map(Chapter::title).toList());
    }
}
