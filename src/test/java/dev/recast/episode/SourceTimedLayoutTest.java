package dev.recast.episode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.audio.PcmFormat;
import dev.recast.clean.Paragraph;
import dev.recast.clean.Section;
import dev.recast.ingest.SourceTime;
import dev.recast.segment.Pause;
import dev.recast.segment.Pauses;
import dev.recast.segment.Role;
import dev.recast.segment.Utterance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SourceTimedLayoutTest {

    private static final PcmFormat FORMAT = PcmFormat.SPEECH_16K;
    /** 16 samples a millisecond. */
    private static final long MS = 16;
    private static final long GAP = SourceTimedLayout.MIN_GAP_MILLIS * MS;
    private static final Pauses PAUSES = new Pauses(5, 10, 20, 30, 50);

    private static Utterance timed(String id, int section, long startMillis, long endMillis) {
        return new Utterance(id, section, Role.NARRATION, id, id, null, Pause.SENTENCE,
                Optional.of(new SourceTime(startMillis, endMillis)));
    }

    private static Section section(int index) {
        return new Section(index, index + ".vtt", "S" + index, List.of(new Paragraph("x", null, 1)), List.of());
    }

    private static Timeline layout(List<Section> sections, List<Utterance> utterances, Map<String, Long> millis) {
        return new SourceTimedLayout(PAUSES).layout(FORMAT, sections, utterances, u -> millis.get(u.id()) * MS);
    }

    @Test
    void eachUtteranceStartsAtItsSourceStartWithSilenceBetween() {
        Timeline t = layout(List.of(section(1)), List.of(timed("a", 1, 500, 1500), timed("b", 1, 4000, 5000)),
                Map.of("a", 900L, "b", 800L));
        assertEquals(500 * MS, t.utterances().get(0).startSample());
        assertEquals(4000 * MS, t.utterances().get(1).startSample());
        assertEquals(4000 * MS, t.utterances().get(0).endSample(), "silence fills the gap");
        assertEquals(5000 * MS, t.totalSamples(), "the last cue's end, longer than speech and closing pause");
    }

    @Test
    void speechTooLongPushesTheNextByTheLeastAndTheDriftIsRecoveredInTheNextLongGap() {
        Timeline t = layout(List.of(section(1)), List.of(timed("a", 1, 0, 1000), timed("b", 1, 1000, 2000),
                timed("c", 1, 2000, 3000), timed("d", 1, 9000, 10000)),
                Map.of("a", 2500L, "b", 900L, "c", 500L, "d", 500L));
        List<Placed> p = t.utterances();
        assertEquals(2500 * MS + GAP, p.get(1).startSample(), "b waits for a's end and the least gap");
        assertEquals(p.get(1).speechEndSample() + GAP, p.get(2).startSample());
        assertEquals(9000 * MS, p.get(3).startSample(), "back on the source's time");
    }

    @Test
    void aSectionTimedFromZeroAfterAnotherIsCountedFromWhereThatOneEnds() {
        Timeline t = layout(List.of(section(1), section(2)),
                List.of(timed("a", 1, 0, 1000), timed("b", 2, 0, 1000), timed("c", 2, 2000, 3000)),
                Map.of("a", 500L, "b", 500L, "c", 500L));
        long second = t.sections().get(1).startSample();
        assertEquals(1000 * MS, second);
        assertEquals(second, t.utterances().get(1).startSample());
        assertEquals(second + 2000 * MS, t.utterances().get(2).startSample());
    }

    @Test
    void aSectionContinuingTheRecordingKeepsItsAbsoluteTimes() {
        Timeline t = layout(List.of(section(1), section(2)),
                List.of(timed("a", 1, 0, 1000), timed("b", 2, 5000, 6000)), Map.of("a", 500L, "b", 500L));
        assertEquals(5000 * MS, t.utterances().get(1).startSample());
    }

    @Test
    void anUntimedHeadingEndsJustBeforeTheNextTimedUtterance() {
        Utterance heading = new Utterance("h", 1, Role.HEADING, "Part two", "Part two", null, Pause.PARAGRAPH);
        Timeline t = layout(List.of(section(1)), List.of(timed("a", 1, 0, 1000), heading, timed("b", 1, 8000, 9000)),
                Map.of("a", 500L, "h", 600L, "b", 500L));
        Placed h = t.utterances().get(1);
        assertEquals(8000 * MS, h.endSample());
        assertEquals(8000 * MS - 20 * MS - 600 * MS, h.startSample());
        assertTrue(t.chapters().contains(new Chapter("Part two", 1, h.startSample())));
    }

    @Test
    void theSpeedupNeededIsSpeechOverSlotAtMostTheLimit() {
        List<Utterance> u = List.of(timed("a", 1, 0, 1000), timed("b", 1, 1080, 2000), timed("c", 1, 3000, 4000),
                timed("d", 1, 3100, 4000));
        Map<String, Long> millis = Map.of("a", 1200L, "b", 500L, "c", 1000L, "d", 100L);
        Map<String, Double> speedups = SourceTimedLayout.speedups(FORMAT, u, x -> millis.get(x.id()) * MS, 1.35);
        assertEquals(Map.of("a", 1.2, "c", 1.35), speedups);
    }

    /** Random captions, random speech: no overlap, never early, and back on time after every long gap. */
    @Test
    void propertiesHoldOnRandomCaptions() {
        Random random = new Random(29);
        for (int trial = 0; trial < 250; trial++) {
            List<Utterance> utterances = new ArrayList<>();
            Map<String, Long> millis = new HashMap<>();
            long at = random.nextInt(3000);
            int count = 1 + random.nextInt(30);
            for (int i = 0; i < count; i++) {
                long length = 200 + random.nextInt(4000);
                String id = "u" + i;
                utterances.add(timed(id, 1, at, at + length));
                millis.put(id, 200L + random.nextInt(5000));
                at += length + (random.nextInt(4) == 0 ? 10_000 + random.nextInt(5000) : random.nextInt(500));
            }
            Timeline t = layout(List.of(section(1)), utterances, millis);
            long maxSpeech = 5200 * MS;
            for (int i = 0; i < t.utterances().size(); i++) {
                Placed p = t.utterances().get(i);
                long source = p.utterance().sourceTime().get().startMillis() * MS;
                assertTrue(p.startSample() >= source, "never before its source start");
                assertEquals(millis.get(p.utterance().id()) * MS, p.speechEndSample() - p.startSample(), "no cut");
                if (i > 0) {
                    Placed before = t.utterances().get(i - 1);
                    assertTrue(p.startSample() >= before.speechEndSample() + GAP, "no overlap, the least gap kept");
                    long gap = source - before.utterance().sourceTime().get().startMillis() * MS;
                    if (before.startSample() - before.utterance().sourceTime().get().startMillis() * MS + maxSpeech
                            + GAP <= gap) {
                        assertEquals(source, p.startSample(), "drift recovered after a gap long enough");
                    }
                }
            }
            Placed last = t.utterances().get(t.utterances().size() - 1);
            assertTrue(t.totalSamples() >= last.utterance().sourceTime().get().endMillis() * MS);
        }
    }
}
