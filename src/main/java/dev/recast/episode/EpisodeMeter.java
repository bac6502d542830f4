package dev.recast.episode;

import dev.recast.audio.Loudness;
import dev.recast.audio.LoudnessMeter;
import dev.recast.audio.TruePeak;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
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
 * episode's loudness is kept there too, under the content key of all its samples, and so is the
 * energy of each group of stretches, step by step, so a stretch an edit neither changed nor moved
 * within its step is not read again.
 */
public final class EpisodeMeter {

    static final double SEPARATION_SECONDS = 0.1;
    /** Stretches measured, and their step sums kept, together: at most this many, of one section. */
    private static final int STRETCHES_PER_GROUP = 16;
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

    /** Utterances {@code [from, to)}, measured with their pauses, the last only as far as the separation. */
    private record Stretch(int from, int to) {
    }

    private static Loudness measure(Timeline timeline, ClipSource clips, Workers workers, boolean loudness,
            Readings readings, boolean peak) throws IOException {
        int rate = timeline.format().sampleRate();
        List<Placed> placed = timeline.utterances();
        long separation = Math.max(TruePeak.reach(), Math.round(rate * SEPARATION_SECONDS));
        List<List<Stretch>> groups = groups(timeline, stretches(placed, separation));
        int subBlockLength = LoudnessMeter.subBlockLength(rate);
        double[] subBlockSums = new double[Math.toIntExact(timeline.totalSamples() / subBlockLength)];
        double[] largest = {0};
        workers.inOrder(groups.size(), g -> () -> read(placed, groups.get(g), clips, rate, separation, loudness,
                peak, readings),
                group -> {
                    for (Reading reading : group) {
                        LoudnessMeter.addSteps(subBlockSums, reading.firstStep(), reading.stepSums(), rate);
                        largest[0] = Math.max(largest[0], reading.peak());
                    }
                });
        return new Loudness(loudness ? LoudnessMeter.integrated(subBlockSums, subBlockLength) : Double.NaN,
                peak ? TruePeak.decibels(largest[0]) : Double.NaN);
    }

    /** The stretches: each from the first utterance, or one after a long pause, to the next such. */
    private static List<Stretch> stretches(List<Placed> placed, long separation) {
        List<Stretch> stretches = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= placed.size(); i++) {
            if (i == placed.size() || placed.get(i - 1).pauseSamples() >= separation) {
                stretches.add(new Stretch(from, i));
                from = i;
            }
        }
        return stretches;
    }

    /**
     * The stretches in groups of at most {@link #STRETCHES_PER_GROUP} of one section, each group
     * measured and its step sums kept as one: an edit moves or changes only the groups of its own
     * section, and one entry per group costs a tenth of the files one per stretch did.
     */
    private static List<List<Stretch>> groups(Timeline timeline, List<Stretch> stretches) {
        List<SectionSpan> sections = timeline.sections();
        List<List<Stretch>> groups = new ArrayList<>();
        List<Stretch> group = new ArrayList<>();
        int section = 0;
        for (Stretch stretch : stretches) {
            long start = timeline.utterances().get(stretch.from()).startSample();
            boolean nextSection = false;
            while (section + 1 < sections.size() && start >= sections.get(section + 1).startSample()) {
                section++;
                nextSection = true;
            }
            if (!group.isEmpty() && (nextSection || group.size() == STRETCHES_PER_GROUP)) {
                groups.add(group);
                group = new ArrayList<>();
            }
            group.add(stretch);
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        return groups;
    }

    /**
     * Measures a group of stretches. What {@code readings} keep of it is taken from there (the
     * step sums of its stretches, the peak of a clip alone), and only what they lack is measured,
     * and kept.
     */
    private static List<Reading> read(List<Placed> placed, List<Stretch> group, ClipSource clips, int rate,
            long separation, boolean loudness, boolean peak, Readings readings) throws IOException {
        Optional<String> name = loudness ? stepsReading(placed, group, clips, rate, separation) : Optional.empty();
        double[][] kept = name.isPresent() ? unpack(readings.findSeries(name.get()), group.size()) : null;
        List<Reading> read = new ArrayList<>();
        for (int k = 0; k < group.size(); k++) {
            read.add(read(placed, group.get(k), clips, rate, separation, loudness, peak, readings,
                    kept == null ? null : kept[k]));
        }
        if (loudness && kept == null && name.isPresent()) {
            readings.recordSeries(name.get(), pack(read));
        }
        return read;
    }

    /**
     * Measures one stretch: its loudness unless {@code keptSteps} are given, and its peak unless
     * it is a clip alone whose peak {@code readings} keep (and then keeps it).
     */
    private static Reading read(List<Placed> placed, Stretch stretch, ClipSource clips, int rate, long separation,
            boolean loudness, boolean peak, Readings readings, double[] keptSteps) throws IOException {
        int from = stretch.from();
        int to = stretch.to();
        long start = placed.get(from).startSample();
        long firstStep = start / LoudnessMeter.stepLength(rate);
        Optional<String> alone = peak && to - from == 1
                ? clips.contentKey(placed.get(from).utterance()).map(EpisodeMeter::peakReading)
                : Optional.empty();
        OptionalDouble keptPeak = alone.isPresent() ? readings.find(alone.get()) : OptionalDouble.empty();
        boolean measureLoudness = loudness && keptSteps == null;
        double[] steps = keptSteps == null ? new double[0] : keptSteps;
        boolean measurePeak = peak && keptPeak.isEmpty();
        if (!measureLoudness && !measurePeak) {
            return new Reading(firstStep, steps, keptPeak.orElse(0));
        }
        LoudnessMeter meter = new LoudnessMeter(rate, start);
        TruePeak truePeak = new TruePeak();
        for (int i = from; i < to; i++) {
            Placed p = placed.get(i);
            short[] clip = EpisodeAudio.clip(clips, p);
            long silence = i == to - 1 ? Math.min(p.pauseSamples(), separation) : p.pauseSamples();
            // A section laid by source times may start with silence before its first utterance.
            long before = i == from ? 0 : p.startSample() - placed.get(i - 1).endSample();
            if (before > 0) {
                meter.addSilence(before);
                truePeak.addSilence(before);
            }
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
        return new Reading(firstStep, measureLoudness ? meter.stepSums() : steps,
                keptPeak.orElse(truePeak.linear()));
    }

    /**
     * The name of a group's step sums among the readings: its clips' content keys, their places
     * and the silence measured after each, from the group's start, and where it starts within a
     * step, but not where the step is, so a group moved by whole steps finds its sums; empty
     * when a clip has no key.
     */
    private static Optional<String> stepsReading(List<Placed> placed, List<Stretch> group, ClipSource clips,
            int rate, long separation) {
        long start = placed.get(group.get(0).from()).startSample();
        ContentDigest name = new ContentDigest().add("stretch loudness").add(VERSION).add(LoudnessMeter.settings())
                .add(rate + " Hz, " + start % LoudnessMeter.stepLength(rate) + " into a step");
        for (Stretch stretch : group) {
            name.add("stretch");
            for (int i = stretch.from(); i < stretch.to(); i++) {
                Placed p = placed.get(i);
                Optional<String> key = clips.contentKey(p.utterance());
                if (key.isEmpty()) {
                    return Optional.empty();
                }
                long silence = i == stretch.to() - 1 ? Math.min(p.pauseSamples(), separation) : p.pauseSamples();
                name.add((p.startSample() - start) + " " + (p.speechEndSample() - p.startSample()) + " " + silence
                        + " " + key.get());
            }
        }
        return Optional.of(name.hex());
    }

    /** A group's step sums as one series: how many stretches, the length of each, then the sums of each. */
    private static double[] pack(List<Reading> group) {
        int length = 1 + group.size();
        for (Reading reading : group) {
            length += reading.stepSums().length;
        }
        double[] packed = new double[length];
        packed[0] = group.size();
        int at = 1 + group.size();
        for (int k = 0; k < group.size(); k++) {
            double[] sums = group.get(k).stepSums();
            packed[1 + k] = sums.length;
            System.arraycopy(sums, 0, packed, at, sums.length);
            at += sums.length;
        }
        return packed;
    }

    /** The step sums of each of {@code stretches} stretches from a packed series; null when it is absent or malformed. */
    private static double[][] unpack(Optional<double[]> series, int stretches) {
        if (series.isEmpty() || series.get().length < 1 + stretches || series.get()[0] != stretches) {
            return null;
        }
        double[] packed = series.get();
        double[][] sums = new double[stretches][];
        int at = 1 + stretches;
        for (int k = 0; k < stretches; k++) {
            double length = packed[1 + k];
            if (length < 0 || length != Math.rint(length) || at + length > packed.length) {
                return null;
            }
            sums[k] = Arrays.copyOfRange(packed, at, at + (int) length);
            at += (int) length;
        }
        return at == packed.length ? sums : null;
    }
}
