package dev.recast.episode;

import dev.recast.audio.Loudness;
import dev.recast.audio.LoudnessMeter;
import dev.recast.audio.TruePeak;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads an episode's loudness and true peak as {@link Loudness#of} does from the whole episode in
 * order, but a stretch at a time on several workers. The episode is cut at its pauses of at least
 * {@link #SEPARATION_SECONDS}, and each stretch between them is measured with the filters at rest
 * at its start. Past such a pause, the K-weighting's ringing from the stretch before has fallen
 * below 10⁻¹⁰ of its level, so the loudness agrees to far better than any meter can show; the
 * true-peak interpolator reaches only 16 samples, so the peak is the same. A stretch of one clip
 * is that clip alone in silence, so its peak is the clip's own: it is kept in {@link Readings}
 * under the clip's content key, and found there, the clip is not interpolated again. The
 * episode's loudness is kept there too, under the content key of all its samples.
 */
public final class EpisodeMeter {

    static final double SEPARATION_SECONDS = 0.1;
    /** Bumped whenever the loudness it reads of an episode changes, since readings are kept under it. */
    private static final String VERSION = "episode-meter-2";

    private EpisodeMeter() {
    }

    /** The episode's integrated loudness, in LUFS, taken from and kept in {@code readings}. */
    public static double integratedLufs(Timeline timeline, ClipSource clips, Workers workers, Readings readings)
            throws IOException {
        Optional<String> name = loudnessReading(timeline, clips);
        OptionalDouble kept = name.isPresent() ? readings.find(name.get()) : OptionalDouble.empty();
        if (kept.isPresent()) {
            return kept.getAsDouble();
        }
        double measured = measure(timeline, clips, workers, true, readings, false).integratedLufs();
        if (name.isPresent()) {
            readings.record(name.get(), measured);
        }
        return measured;
    }

    /** The episode's true peak, in dBTP, the clips' peaks taken from and kept in {@code readings}. */
    public static double truePeakDbtp(Timeline timeline, ClipSource clips, Workers workers, Readings readings)
            throws IOException {
        return measure(timeline, clips, workers, false, readings, true).truePeakDbtp();
    }

    /** The name of a clip's true peak, the clip alone in silence, among the readings. */
    static String peakReading(String clipKey) {
        return ContentDigest.of("true peak", TruePeak.settings(), clipKey);
    }

    /** The name of the episode's loudness among the readings; empty when a clip has no content key. */
    private static Optional<String> loudnessReading(Timeline timeline, ClipSource clips) {
        return new EpisodeAudio(timeline, clips).contentKey(0, timeline.totalSamples()).map(samples ->
                ContentDigest.of("integrated loudness", VERSION, LoudnessMeter.settings(), samples));
    }

    /** What the meters read of one stretch: energy per step from {@code firstStep}, and its peak. */
    private record Reading(long firstStep, double[] stepSums, double peak) {
    }

    private static Loudness measure(Timeline timeline, ClipSource clips, Workers workers, boolean loudness,
            Readings readings, boolean peak) throws IOException {
        int rate = timeline.format().sampleRate();
        List<Placed> placed = timeline.utterances();
        long separation = Math.max(TruePeak.reach(), Math.round(rate * SEPARATION_SECONDS));
        List<Integer> starts = stretchStarts(placed, separation);
        int subBlockLength = LoudnessMeter.subBlockLength(rate);
        double[] subBlockSums = new double[Math.toIntExact(timeline.totalSamples() / subBlockLength)];
        double[] largest = {0};
        workers.inOrder(starts.size(), i -> () -> read(placed, starts.get(i),
                i + 1 < starts.size() ? starts.get(i + 1) : placed.size(), clips, rate, separation, loudness, peak,
                readings),
                reading -> {
                    LoudnessMeter.addSteps(subBlockSums, reading.firstStep(), reading.stepSums(), rate);
                    largest[0] = Math.max(largest[0], reading.peak());
                });
        return new Loudness(loudness ? LoudnessMeter.integrated(subBlockSums, subBlockLength) : Double.NaN,
                peak ? TruePeak.decibels(largest[0]) : Double.NaN);
    }

    /** The index of each stretch's first utterance: the first of all, and each after a long pause. */
    private static List<Integer> stretchStarts(List<Placed> placed, long separation) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            if (i == 0 || placed.get(i - 1).pauseSamples() >= separation) {
                starts.add(i);
            }
        }
        return starts;
    }

    /**
     * Measures utterances {@code [from, to)} with their pauses, the last pause only as far as
     * the separation: beyond it the filters have gone quiet. What {@code readings} keep of the
     * stretch is taken from there (its step sums, the peak of a clip alone), and only what they
     * lack is measured, and kept.
     */
    private static Reading read(List<Placed> placed, int from, int to, ClipSource clips, int rate, long separation,
            boolean loudness, boolean peak, Readings readings) throws IOException {
        long start = placed.get(from).startSample();
        long firstStep = start / LoudnessMeter.stepLength(rate);
        Optional<String> steps = loudness ? stepsReading(placed, from, to, clips, rate, separation) : Optional.empty();
        Optional<double[]> keptSteps = steps.isPresent() ? readings.findSeries(steps.get()) : Optional.empty();
        Optional<String> alone = peak && to - from == 1
                ? clips.contentKey(placed.get(from).utterance()).map(EpisodeMeter::peakReading)
                : Optional.empty();
        OptionalDouble keptPeak = alone.isPresent() ? readings.find(alone.get()) : OptionalDouble.empty();
        boolean measureLoudness = loudness && keptSteps.isEmpty();
        boolean measurePeak = peak && keptPeak.isEmpty();
        if (!measureLoudness && !measurePeak) {
            return new Reading(firstStep, keptSteps.orElse(new double[0]), keptPeak.orElse(0));
        }
        LoudnessMeter meter = new LoudnessMeter(rate, start);
        TruePeak truePeak = new TruePeak();
        for (int i = from; i < to; i++) {
            Placed p = placed.get(i);
            short[] clip = EpisodeAudio.clip(clips, p);
            long silence = i == to - 1 ? Math.min(p.pauseSamples(), separation) : p.pauseSamples();
            if (measureLoudness) {
                meter.add(clip, 0, clip.length);
                meter.addSilence(silence);
            }
            if (measurePeak) {
                truePeak.add(clip, 0, clip.length);
                truePeak.addSilence(silence);
            }
        }
        truePeak.flush();
        if (measurePeak && alone.isPresent()) {
            readings.record(alone.get(), truePeak.linear());
        }
        double[] stepSums = measureLoudness ? meter.stepSums() : keptSteps.orElse(new double[0]);
        if (measureLoudness && steps.isPresent()) {
            readings.recordSeries(steps.get(), stepSums);
        }
        return new Reading(firstStep, stepSums, keptPeak.orElse(truePeak.linear()));
    }

    /**
     * The name of a stretch's step sums among the readings: its clips' content keys and places in
     * it, the silence measured after them, and where it starts within a step, but not where the
     * step is, so a stretch moved by whole steps finds its sums; empty when a clip has no key.
     */
    private static Optional<String> stepsReading(List<Placed> placed, int from, int to, ClipSource clips, int rate,
            long separation) {
        long start = placed.get(from).startSample();
        ContentDigest name = new ContentDigest().add("stretch loudness").add(VERSION).add(LoudnessMeter.settings())
                .add(rate + " Hz, " + start % LoudnessMeter.stepLength(rate) + " into a step");
        for (int i = from; i < to; i++) {
            Placed p = placed.get(i);
            Optional<String> key = clips.contentKey(p.utterance());
            if (key.isEmpty()) {
                return Optional.empty();
            }
            long silence = i == to - 1 ? Math.min(p.pauseSamples(), separation) : p.pauseSamples();
            name.add((p.startSample() - start) + " " + (p.speechEndSample() - p.startSample()) + " " + silence + " "
                    + key.get());
        }
        return Optional.of(name.hex());
    }
}
