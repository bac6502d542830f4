package dev.recast.episode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EpisodeMeterTest {

    private static final int RATE = 16_000;

    /** Clips of noisy tones at varied levels, each followed by one of {@code pauses} in turn. */
    private static Timeline episode(int count, int[] pauses, Map<String, short[]> samples) {
        Random random = new Random(count);
        List<Placed> placed = new ArrayList<>();
        long at = 0;
        for (int c = 0; c < count; c++) {
            Utterance u = new Utterance(String.format("01-%04d", c + 1), 1, Role.NARRATION, "x", "x", null,
                    Pause.SENTENCE);
            short[] clip = new short[2000 + random.nextInt(9000)];
            double level = 500 + random.nextInt(12000);
            double hz = 80 + random.nextInt(3000);
            for (int i = 0; i < clip.length; i++) {
                clip[i] = (short) Math.round(level * Math.sin(2 * Math.PI * hz * i / RATE)
                        + 300 * random.nextGaussian());
            }
            samples.put(u.id(), clip);
            int pause = pauses[c % pauses.length];
            placed.add(new Placed(u, at, at + clip.length, at + clip.length + pause));
            at += clip.length + pause;
        }
        return new Timeline(PcmFormat.SPEECH_16K, List.of(new SectionSpan(1, "One", "1.txt", 0, at)), placed,
                List.of(new Chapter("One", 1, 0)), at);
    }

    /** What the meter reads of the episode: its loudness, then its peak. */
    private static Loudness measured(Timeline timeline, ClipSource clips, InlineWorkers workers, Readings readings)
            throws IOException {
        return new Loudness(EpisodeMeter.integratedLufs(timeline, clips, workers, readings),
                EpisodeMeter.truePeakDbtp(timeline, clips, workers, readings));
    }

    @Test
    void readsWhatOneMeterReadsFromTheWholeEpisodeInOrder() throws IOException {
        // Pauses from none to seconds: shorter than the interpolator's reach, than a sub-block, than
        // the separation, and longer, so stretches of one clip and of several are both measured.
        int[] pauses = {0, 7, 900, 1599, 1600, 4000, 30, 25_000};
        Map<String, short[]> samples = new HashMap<>();
        Timeline timeline = episode(90, pauses, samples);
        ClipSource clips = u -> samples.get(u.id()).clone();

        Loudness whole = Loudness.of(new EpisodeAudio(timeline, clips).episode(), RATE);
        Loudness byStretch = measured(timeline, clips, new InlineWorkers(), new MemoryReadings());

        assertTrue(whole.integratedLufs() > -40, whole.toString());
        assertEquals(whole.integratedLufs(), byStretch.integratedLufs(), 1e-9);
        assertEquals(whole.truePeakDbtp(), byStretch.truePeakDbtp(), 1e-9);
        assertEquals(whole.integratedLufs(), EpisodeMeter.integratedLufs(timeline, clips, new InlineWorkers(), new MemoryReadings()), 1e-9);
        assertEquals(whole.truePeakDbtp(), EpisodeMeter.truePeakDbtp(timeline, clips, new InlineWorkers(), new MemoryReadings()), 1e-9);
    }

    /** Clips from a map, each named by its utterance (and whether it was edited), counting the clips read. */
    private static final class KeyedClips implements ClipSource {
        private final Map<String, short[]> samples;
        private final String edited;
        int reads;

        KeyedClips(Map<String, short[]> samples) {
            this(samples, null);
        }

        KeyedClips(Map<String, short[]> samples, String edited) {
            this.samples = samples;
            this.edited = edited;
        }

        @Override
        public short[] samples(Utterance utterance) {
            reads++;
            return samples.get(utterance.id()).clone();
        }

        @Override
        public Optional<String> contentKey(Utterance utterance) {
            return Optional.of("clip " + utterance.id() + (edited != null && edited.startsWith(utterance.id())
                    ? " edited as " + edited : ""));
        }
    }

    @Test
    void aClipAloneInSilenceIsInterpolatedOnceItsPeakKeptForTheNextRead() throws IOException {
        // Every other stretch is one clip; the rest are two clips 30 samples apart.
        int[] pauses = {4000, 30, 4000, 1600};
        Map<String, short[]> samples = new HashMap<>();
        Timeline timeline = episode(40, pauses, samples);
        KeyedClips clips = new KeyedClips(samples);
        MemoryReadings readings = new MemoryReadings();
        Loudness whole = Loudness.of(new EpisodeAudio(timeline, clips).episode(), RATE);

        assertEquals(whole.truePeakDbtp(), EpisodeMeter.truePeakDbtp(timeline, clips, new InlineWorkers(), readings),
                1e-9);
        // Clips 0, 3, 4, 7, 8, ...: after a pause of 1600 or 4000 samples (or first) and followed by one.
        assertEquals(20, readings.values.size(), readings.values.keySet().toString());
        clips.reads = 0;
        assertEquals(whole.truePeakDbtp(), EpisodeMeter.truePeakDbtp(timeline, clips, new InlineWorkers(), readings),
                1e-9);
        assertEquals(20, clips.reads, "only the stretches of two clips are read again");
    }

    @Test
    void theLoudnessOfTheSameSamplesIsMeasuredOnce() throws IOException {
        Map<String, short[]> samples = new HashMap<>();
        Timeline timeline = episode(30, new int[] {4000, 30}, samples);
        KeyedClips clips = new KeyedClips(samples);
        MemoryReadings readings = new MemoryReadings();
        Loudness whole = Loudness.of(new EpisodeAudio(timeline, clips).episode(), RATE);

        Loudness first = measured(timeline, clips, new InlineWorkers(), readings);
        assertEquals(whole.integratedLufs(), first.integratedLufs(), 1e-9);
        assertEquals(whole.truePeakDbtp(), first.truePeakDbtp(), 1e-9);
        clips.reads = 0;
        assertEquals(first, measured(timeline, clips, new InlineWorkers(), readings));
        assertEquals(first.integratedLufs(), EpisodeMeter.integratedLufs(timeline, clips, new InlineWorkers(),
                readings));
        assertEquals(28, clips.reads, "only the 14 pairs are read again, for their peaks");

        // Another clip in the same place is other samples: measured anew.
        samples.get("01-0002")[100] += 1000;
        KeyedClips changed = new KeyedClips(samples, "01-0002");
        double edited = Loudness.of(new EpisodeAudio(timeline, changed).episode(), RATE).integratedLufs();
        assertEquals(edited, EpisodeMeter.integratedLufs(timeline, changed, new InlineWorkers(), readings), 1e-9);
    }

    /** The timeline cut into sections of {@code size} clips each. */
    private static Timeline inSections(Timeline timeline, int size) {
        List<Placed> placed = timeline.utterances();
        List<SectionSpan> sections = new ArrayList<>();
        for (int first = 0; first < placed.size(); first += size) {
            long end = first + size < placed.size() ? placed.get(first + size).startSample() : timeline.totalSamples();
            sections.add(new SectionSpan(sections.size() + 1, "S" + first, first + ".txt",
                    placed.get(first).startSample(), end));
        }
        return new Timeline(timeline.format(), sections, placed, timeline.chapters(), timeline.totalSamples());
    }

    /** The timeline with its first clip {@code delta} samples longer and everything after it moved on as far. */
    private static Timeline withLongerFirstClip(Timeline timeline, Map<String, short[]> samples, int delta) {
        Placed first = timeline.utterances().get(0);
        short[] clip = samples.get(first.utterance().id());
        samples.put(first.utterance().id(), java.util.Arrays.copyOf(clip, clip.length + delta));
        List<Placed> placed = new ArrayList<>();
        for (Placed p : timeline.utterances()) {
            long moved = p == first ? 0 : delta;
            placed.add(new Placed(p.utterance(), p.startSample() + moved, p.speechEndSample() + delta,
                    p.endSample() + delta));
        }
        List<SectionSpan> sections = new ArrayList<>();
        for (SectionSpan s : timeline.sections()) {
            long moved = s.startSample() == 0 ? 0 : delta;
            sections.add(new SectionSpan(s.index(), s.title(), s.source(), s.startSample() + moved,
                    s.endSample() + delta));
        }
        long total = timeline.totalSamples() + delta;
        return new Timeline(timeline.format(), sections, placed, timeline.chapters(), total);
    }

    @Test
    void sectionsMovedByWholeStepsAreNotReadAgainAndTheLoudnessIsWhatAFreshMeasureReads() throws IOException {
        Map<String, short[]> samples = new HashMap<>();
        Timeline timeline = inSections(episode(30, new int[] {4000, 2500}, samples), 10);
        MemoryReadings readings = new MemoryReadings();
        EpisodeMeter.integratedLufs(timeline, new KeyedClips(samples), new InlineWorkers(), readings);
        assertEquals(3, readings.series.size(), "the step sums of each section's ten stretches, kept as one");

        // 20 ms steps at 16 kHz: 320 samples, so the sections after the first keep their place in a step.
        Timeline moved = withLongerFirstClip(timeline, samples, 7 * 320);
        KeyedClips edited = new KeyedClips(samples, "01-0001");
        double kept = EpisodeMeter.integratedLufs(moved, edited, new InlineWorkers(), readings);
        assertEquals(10, edited.reads, "only the edited section is read");
        double fresh = EpisodeMeter.integratedLufs(moved, new KeyedClips(samples, "01-0001"), new InlineWorkers(),
                new MemoryReadings());
        assertEquals(fresh, kept, 0.0);
        assertEquals(Loudness.of(new EpisodeAudio(moved, edited).episode(), RATE).integratedLufs(), kept, 1e-9);

        // Moved by less than a step, every section sits elsewhere in its step: all measured again.
        Timeline shifted = withLongerFirstClip(moved, samples, 100);
        KeyedClips again = new KeyedClips(samples, "01-0001 again");
        double measured = EpisodeMeter.integratedLufs(shifted, again, new InlineWorkers(), readings);
        assertEquals(30, again.reads);
        assertEquals(Loudness.of(new EpisodeAudio(shifted, again).episode(), RATE).integratedLufs(), measured, 1e-9);
    }

    @Test
    void aSectionIsMeasuredInGroupsOfSixteenStretches() throws IOException {
        Map<String, short[]> samples = new HashMap<>();
        Timeline timeline = episode(40, new int[] {4000, 30}, samples);
        MemoryReadings readings = new MemoryReadings();
        KeyedClips clips = new KeyedClips(samples);
        double first = EpisodeMeter.integratedLufs(timeline, clips, new InlineWorkers(), readings);
        // 20 stretches of two clips: a group of 16 and one of 4.
        assertEquals(2, readings.series.size());
        assertEquals(Loudness.of(new EpisodeAudio(timeline, clips).episode(), RATE).integratedLufs(), first, 1e-9);

        // Kept sums that do not fit their group are measured again, not summed.
        readings.series.replaceAll((name, series) -> java.util.Arrays.copyOf(series, series.length - 1));
        readings.values.clear();
        clips.reads = 0;
        assertEquals(first, EpisodeMeter.integratedLufs(timeline, clips, new InlineWorkers(), readings), 0.0);
        assertEquals(40, clips.reads);
    }

    @Test
    void aShortEpisodeAndSilenceReadAsTheyDoWhole() throws IOException {
        Map<String, short[]> samples = new HashMap<>();
        Timeline timeline = episode(1, new int[] {100}, samples);
        ClipSource clips = u -> samples.get(u.id()).clone();
        Loudness whole = Loudness.of(new EpisodeAudio(timeline, clips).episode(), RATE);
        assertEquals(whole, measured(timeline, clips, new InlineWorkers(), new MemoryReadings()));

        ClipSource silent = u -> new short[samples.get(u.id()).length];
        Loudness silence = measured(timeline, silent, new InlineWorkers(), new MemoryReadings());
        assertEquals(Double.NEGATIVE_INFINITY, silence.integratedLufs());
        assertEquals(Double.NEGATIVE_INFINITY, silence.truePeakDbtp());
    }

    @Test
    void anEpisodeWithoutClipsIsSilence() throws IOException {
        Timeline empty = new Timeline(PcmFormat.SPEECH_16K, List.of(new SectionSpan(1, "One", "1.txt", 0, 32_000)),
                List.of(), List.of(), 32_000);
        Loudness silence = measured(empty, u -> new short[0], new InlineWorkers(), new MemoryReadings());
        assertEquals(Double.NEGATIVE_INFINITY, silence.integratedLufs());
        assertEquals(Double.NEGATIVE_INFINITY, silence.truePeakDbtp());
    }

    @Test
    void aClipOfTheWrongLengthIsAnError() {
        Map<String, short[]> samples = new HashMap<>();
        Timeline timeline = episode(3, new int[] {2000}, samples);
        IOException e = assertThrows(IOException.class,
                () -> measured(timeline, u -> new short[5], new InlineWorkers(), new MemoryReadings()));
        assertTrue(e.getMessage().startsWith("clip of 01-0001 has 5 samples"), e.getMessage());
    }
}
