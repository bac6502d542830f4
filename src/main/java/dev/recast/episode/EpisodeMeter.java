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
 * true-peak interpolator reaches only 24 samples, so the peak is the same. A stretch of one clip
 * is that clip alone in silence, so its peak is the clip's own, kept in {@link ClipPeaks} under
 * the clip's content key: found there, the clip is not interpolated again.
 */
public final class EpisodeMeter {

    static final double SEPARATION_SECONDS = 0.1;

    private EpisodeMeter() {
    }

    /** The episode's integrated loudness and true peak, the clips' peaks taken from and kept in {@code peaks}. */
    public static Loudness of(Timeline timeline, ClipSource clips, Workers workers, ClipPeaks peaks)
            throws IOException {
        return measure(timeline, clips, workers, true, peaks);
    }

    /** The episode's integrated loudness alone, for when its peak is not needed. */
    public static double integratedLufs(Timeline timeline, ClipSource clips, Workers workers) throws IOException {
        return measure(timeline, clips, workers, true, null).integratedLufs();
    }

    /** The episode's true peak alone, in dBTP, the clips' peaks taken from and kept in {@code peaks}. */
    public static double truePeakDbtp(Timeline timeline, ClipSource clips, Workers workers, ClipPeaks peaks)
            throws IOException {
        return measure(timeline, clips, workers, false, peaks).truePeakDbtp();
    }

    /** What the meters read of one stretch: energy per sub-block from {@code firstSubBlock}, and its peak. */
    private record Reading(long firstSubBlock, double[] subBlockSums, double peak) {
    }

    /** @param peaks null when the peak is not asked for */
    private static Loudness measure(Timeline timeline, ClipSource clips, Workers workers, boolean loudness,
            ClipPeaks peaks) throws IOException {
        int rate = timeline.format().sampleRate();
        List<Placed> placed = timeline.utterances();
        long separation = Math.max(TruePeak.reach(), Math.round(rate * SEPARATION_SECONDS));
        List<Integer> starts = stretchStarts(placed, separation);
        int subBlockLength = LoudnessMeter.subBlockLength(rate);
        double[] subBlockSums = new double[Math.toIntExact(timeline.totalSamples() / subBlockLength)];
        double[] largest = {0};
        workers.inOrder(starts.size(), i -> () -> read(placed, starts.get(i),
                i + 1 < starts.size() ? starts.get(i + 1) : placed.size(), clips, rate, separation, loudness, peaks),
                reading -> {
                    double[] sums = reading.subBlockSums();
                    for (int k = 0; k < sums.length && reading.firstSubBlock() + k < subBlockSums.length; k++) {
                        subBlockSums[(int) reading.firstSubBlock() + k] += sums[k];
                    }
                    largest[0] = Math.max(largest[0], reading.peak());
                });
        return new Loudness(loudness ? LoudnessMeter.integrated(subBlockSums, subBlockLength) : Double.NaN,
                peaks != null ? TruePeak.decibels(largest[0]) : Double.NaN);
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
     * the separation: beyond it the filters have gone quiet. The peak is read when {@code peaks}
     * is given.
     */
    private static Reading read(List<Placed> placed, int from, int to, ClipSource clips, int rate, long separation,
            boolean loudness, ClipPeaks peaks) throws IOException {
        Optional<String> alone = peaks != null && to - from == 1 ? clips.contentKey(placed.get(from).utterance())
                : Optional.empty();
        OptionalDouble kept = alone.isPresent() ? peaks.find(alone.get()) : OptionalDouble.empty();
        boolean peak = peaks != null && kept.isEmpty();
        if (!loudness && !peak) {
            return new Reading(0, new double[0], kept.orElseThrow());
        }
        LoudnessMeter meter = new LoudnessMeter(rate, placed.get(from).startSample());
        TruePeak truePeak = new TruePeak();
        for (int i = from; i < to; i++) {
            Placed p = placed.get(i);
            short[] clip = EpisodeAudio.clip(clips, p);
            long silence = i == to - 1 ? Math.min(p.pauseSamples(), separation) : p.pauseSamples();
            if (loudness) {
                meter.add(clip, 0, clip.length);
                meter.addSilence(silence);
            }
            if (peak) {
                truePeak.add(clip, 0, clip.length);
                truePeak.addSilence(silence);
            }
        }
        truePeak.flush();
        if (peak && alone.isPresent()) {
            peaks.record(alone.get(), truePeak.linear());
        }
        return new Reading(meter.firstSubBlock(), loudness ? meter.subBlockSums() : new double[0],
                kept.orElse(truePeak.linear()));
    }
}
