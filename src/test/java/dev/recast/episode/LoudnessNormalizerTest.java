package dev.recast.episode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.audio.Loudness;
import dev.recast.audio.PcmFormat;
import dev.recast.segment.Pause;
import dev.recast.segment.Role;
import dev.recast.segment.Utterance;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class LoudnessNormalizerTest {

    private static final int RATE = 16_000;

    /**
     * {@code count} clips of a quiet tone with short loud swells, a crest factor like speech's,
     * so the gain to -16 LUFS pushes their peaks well over the ceiling; each clip a little
     * different, and 0.4 s of silence after each.
     */
    private static Timeline clips(int count, Map<String, short[]> samples) {
        List<Placed> placed = new ArrayList<>();
        long at = 0;
        for (int c = 0; c < count; c++) {
            Utterance u = new Utterance(String.format("01-%04d", c + 1), 1, Role.NARRATION, "x", "x", null,
                    Pause.SENTENCE);
            short[] clip = new short[8000 + 97 * (c % 13)];
            for (int i = 0; i < clip.length; i++) {
                double tone = 1500 * Math.sin(2 * Math.PI * (300 + 7 * (c % 5)) * i / RATE);
                int inBurst = i % 4000;
                double swell = inBurst < 480 ? Math.sin(Math.PI * inBurst / 480) : 0;
                clip[i] = (short) Math.round(tone + (9000 + 50 * (c % 7)) * swell * Math.sin(2 * Math.PI * 1100 * i / RATE));
            }
            samples.put(u.id(), clip);
            placed.add(new Placed(u, at, at + clip.length, at + clip.length + 6400));
            at += clip.length + 6400;
        }
        return new Timeline(PcmFormat.SPEECH_16K, List.of(new SectionSpan(1, "One", "1.txt", 0, at)), placed,
                List.of(new Chapter("One", 1, 0)), at);
    }

    /** Keeps clips in memory and counts the levels it was asked to keep. */
    private static final class CountingKeeper implements ClipKeeper {
        int keeps;

        @Override
        public ClipSource keep(ClipSource clips) {
            keeps++;
            return clips;
        }
    }

    @Test
    void aLongEpisodeLandsOnTargetLevellingTheWholeEpisodeOnceOrTwice() throws IOException {
        Map<String, short[]> samples = new HashMap<>();
        Timeline timeline = clips(240, samples);
        ClipSource source = u -> samples.get(u.id()).clone();
        CountingKeeper keeper = new CountingKeeper();

        LoudnessNormalizer.Normalized normalized = LoudnessNormalizer.normalize(timeline, source, -16,
                OptionalDouble.empty(), keeper, new InlineWorkers(), new MemoryReadings());

        Levels levels = normalized.levels();
        assertTrue(levels.beforePeakDbtp() + levels.gainDb() > 2, "the gain needs limiting: " + levels);
        assertEquals(-16, levels.afterLufs(), 0.05);
        assertTrue(levels.afterPeakDbtp() <= LoudnessNormalizer.CEILING_DBTP, levels.toString());
        assertTrue(keeper.keeps <= 2, "whole-episode levels: " + keeper.keeps);
        // What the report says is what the levelled episode measures.
        Loudness measured = Loudness.of(new EpisodeAudio(timeline, normalized.clips()).episode(), RATE);
        assertEquals(levels.afterLufs(), measured.integratedLufs(), 1e-9);
        assertEquals(levels.afterPeakDbtp(), measured.truePeakDbtp(), 1e-9);
    }

    @Test
    void theGainIsOnAHundredthOfADecibel() throws IOException {
        Map<String, short[]> samples = new HashMap<>();
        Timeline timeline = clips(30, samples);
        LoudnessNormalizer.Normalized normalized = LoudnessNormalizer.normalize(timeline,
                u -> samples.get(u.id()).clone(), -20, OptionalDouble.empty(), new CountingKeeper(),
                new InlineWorkers(), new MemoryReadings());
        double hundredths = normalized.levels().gainDb() * 100;
        assertEquals(Math.rint(hundredths), hundredths, 1e-6);
        assertEquals(-20, normalized.levels().afterLufs(), 0.05);
    }

    @Test
    void aGainThatStillMeetsTheTargetIsKeptAndOneThatDoesNotIsSearchedFrom() throws IOException {
        Map<String, short[]> samples = new HashMap<>();
        Timeline timeline = clips(240, samples);
        ClipSource source = u -> samples.get(u.id()).clone();
        Levels fresh = LoudnessNormalizer.normalize(timeline, source, -16, OptionalDouble.empty(),
                new CountingKeeper(), new InlineWorkers(), new MemoryReadings()).levels();

        // A hundredth of a decibel off moves the loudness by less than the tolerance: that gain stays.
        double near = fresh.gainDb() + 0.01;
        CountingKeeper once = new CountingKeeper();
        Levels kept = LoudnessNormalizer.normalize(timeline, source, -16, OptionalDouble.of(near), once,
                new InlineWorkers(), new MemoryReadings()).levels();
        assertEquals(near, kept.gainDb(), 1e-9);
        assertEquals(-16, kept.afterLufs(), 0.05);
        assertEquals(1, once.keeps, "levelled once, at the gain given");

        // Three decibels off is out of tolerance: the search goes on from there to the target; from
        // 0 dB too (a silent episode's), where the first try measures at the gain of the start.
        for (double lastGainDb : new double[] {fresh.gainDb() - 3, 0}) {
            Levels searched = LoudnessNormalizer.normalize(timeline, source, -16, OptionalDouble.of(lastGainDb),
                    new CountingKeeper(), new InlineWorkers(), new MemoryReadings()).levels();
            assertEquals(-16, searched.afterLufs(), 0.05, "from " + lastGainDb + " dB");
        }
    }
}
