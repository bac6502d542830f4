package dev.recast.episode;

import dev.recast.audio.PeakLimiter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Brings an episode to a target integrated loudness without letting its true peak pass a
 * ceiling: one gain for every clip, and a limiter for the peaks the gain would push over.
 * Limiting takes a little loudness away, so the gain is corrected by what the levelled episode
 * measures until it lands on the target. In a long episode a probe of every tenth clip first
 * predicts that loss, so the whole episode is levelled once or twice rather than three times.
 */
public final class LoudnessNormalizer {

    /**
     * The PCM's true-peak ceiling: 1 dB under the −1 dBTP that podcast platforms ask of the
     * published file, for the overshoot a lossy encoder adds. At 64 kbit/s the MP3 of an hour of
     * kevin16 read 0.6 dB over its PCM by ffmpeg's meter (−0.91 dBTP from −1.5).
     */
    public static final double CEILING_DBTP = -2.0;

    private static final double TOLERANCE_LU = 0.05;
    private static final int MAX_CORRECTIONS = 6;
    private static final double MIN_SLOPE = 0.1;
    private static final double MAX_STEP_DB = 12;
    /**
     * Gains are tried on a grid of 0.01 dB: an edit that barely moves the episode's loudness then
     * lands on the same gains, and the levelled clips kept from the last render serve again.
     */
    private static final double GAIN_STEP_DB = 0.01;
    /** The probe takes every this many clips, in episodes of at least {@link #PROBE_MIN_CLIPS}. */
    private static final int PROBE_STRIDE = 10;
    private static final int PROBE_MIN_CLIPS = 100;

    /** The levelled clips and how they were levelled. */
    public record Normalized(ClipSource clips, Levels levels) {
    }

    private LoudnessNormalizer() {
    }

    /**
     * Levels {@code clips} on {@code timeline} to {@code targetLufs}; silence is left as it is.
     * Each level tried is kept by {@code keeper} and measured from there, so the clips of the
     * level chosen are made only once, and the result reads them from the keeper. The episode is
     * measured clip by clip on {@code workers}; what is measured (each clip's true peak, as
     * synthesized and as levelled, and the loudness of each level tried) is kept in
     * {@code readings}, so the same samples are measured once.
     *
     * <p>{@code lastGainDb}, the gain an earlier render of the episode found, is tried first, in
     * place of the probe's guess. The loudness an edit leaves is most often still within the
     * tolerance at that gain, and the search, which takes any gain within it, keeps it: every clip
     * the edit did not touch keeps its level, where a fresh search could land a step of the grid
     * away and change them all.
     */
    public static Normalized normalize(Timeline timeline, ClipSource clips, double targetLufs,
            OptionalDouble lastGainDb, ClipKeeper keeper, Workers workers, Readings readings) throws IOException {
        PeakLimiter limiter = new PeakLimiter(CEILING_DBTP, timeline.format().sampleRate());
        double beforeLufs = EpisodeMeter.integratedLufs(timeline, clips, workers, readings);
        if (Double.isInfinite(beforeLufs)) {
            double beforePeak = EpisodeMeter.truePeakDbtp(timeline, clips, workers, readings);
            return new Normalized(clips, new Levels(targetLufs, CEILING_DBTP, beforeLufs, beforePeak, 0, beforeLufs,
                    beforePeak));
        }
        double gainDb = onGrid(targetLufs - beforeLufs);
        if (lastGainDb.isPresent()) {
            gainDb = onGrid(lastGainDb.getAsDouble());
        } else if (timeline.utterances().size() >= PROBE_MIN_CLIPS) {
            gainDb = probedGain(timeline, clips, limiter, targetLufs, beforeLufs, gainDb, workers, readings);
        }
        ClipSource[] levelled = new ClipSource[1];
        Point found = search(beforeLufs, gainDb, targetLufs, TOLERANCE_LU, tried -> {
            levelled[0] = keeper.keep(new LevelledClips(clips, tried, limiter, readings));
            // The limiter holds every clip's peak: only the loudness is measured for each level tried.
            return EpisodeMeter.integratedLufs(timeline, levelled[0], workers, readings);
        });
        double peak = EpisodeMeter.truePeakDbtp(timeline, levelled[0], workers, readings);
        // Measured last: the limiter read most clips' own peaks on its way, so only the rest are interpolated here.
        double beforePeak = EpisodeMeter.truePeakDbtp(timeline, clips, workers, readings);
        return new Normalized(levelled[0], new Levels(targetLufs, CEILING_DBTP, beforeLufs, beforePeak,
                found.gainDb(), found.lufs(), peak));
    }

    /**
     * The gain a probe of every {@link #PROBE_STRIDE}th clip predicts for the whole episode: the
     * episode's loudness as synthesized, plus the gain, less the loudness the limiter takes from
     * the probe at that gain. Found by the secant method on the probe, which costs a tenth of a
     * pass over the episode a step; the whole episode then confirms or corrects it.
     */
    private static double probedGain(Timeline timeline, ClipSource clips, PeakLimiter limiter, double targetLufs,
            double beforeLufs, double firstGainDb, Workers workers, Readings readings) throws IOException {
        Timeline probe = everyNth(timeline, PROBE_STRIDE);
        double probeBefore = EpisodeMeter.integratedLufs(probe, clips, workers, readings);
        if (Double.isInfinite(probeBefore)) {
            return firstGainDb;
        }
        // The probe's own target: where its levelled loudness stands when the episode's is on target.
        double probeTarget = targetLufs - beforeLufs + probeBefore;
        return search(probeBefore, firstGainDb, probeTarget, TOLERANCE_LU / 2, tried -> EpisodeMeter.integratedLufs(
                probe, new LevelledClips(clips, tried, limiter, readings), workers, readings)).gainDb();
    }

    /** Every {@code stride}th clip of the timeline with its pause, one after another, as one section. */
    private static Timeline everyNth(Timeline timeline, int stride) {
        List<Placed> chosen = new ArrayList<>();
        long at = 0;
        for (int i = 0; i < timeline.utterances().size(); i += stride) {
            Placed p = timeline.utterances().get(i);
            long speech = p.speechEndSample() - p.startSample();
            chosen.add(new Placed(p.utterance(), at, at + speech, at + (p.endSample() - p.startSample())));
            at += p.endSample() - p.startSample();
        }
        SectionSpan first = timeline.sections().get(0);
        return new Timeline(timeline.format(), List.of(new SectionSpan(1, first.title(), first.source(), 0, at)),
                chosen, List.of(), at);
    }

    /** A loudness measured at a gain. */
    private record Point(double gainDb, double lufs) {
    }

    /** Measures the loudness of the clips at a gain. */
    private interface Measure {
        double lufsAt(double gainDb) throws IOException;
    }

    /**
     * The secant search from {@code startLufs} at 0 dB: tries {@code firstGainDb}, then steps by
     * the slope through the last two points (limiting makes loudness grow slower than the gain)
     * until the loudness is within {@code tolerance} of the target, a step rounds to nothing on
     * the grid, or {@link #MAX_CORRECTIONS} steps are spent. Returns the last point tried.
     */
    private static Point search(double startLufs, double firstGainDb, double targetLufs, double tolerance,
            Measure measure) throws IOException {
        Point previous = new Point(0, startLufs);
        Point current = new Point(firstGainDb, measure.lufsAt(firstGainDb));
        for (int i = 0; i < MAX_CORRECTIONS && Math.abs(current.lufs() - targetLufs) > tolerance; i++) {
            // A first try at 0 dB (a gain kept from an earlier render can be) gives two points at
            // one gain and no slope: then the gain is taken to count in full, as it does unlimited.
            double slope = current.gainDb() == previous.gainDb() ? 1.0
                    : (current.lufs() - previous.lufs()) / (current.gainDb() - previous.gainDb());
            double step = (targetLufs - current.lufs()) / Math.max(MIN_SLOPE, Math.min(1.0, slope));
            double next = onGrid(current.gainDb() + Math.max(-MAX_STEP_DB, Math.min(MAX_STEP_DB, step)));
            if (next == current.gainDb()) {
                break;
            }
            previous = current;
            current = new Point(next, measure.lufsAt(next));
        }
        return current;
    }

    private static double onGrid(double gainDb) {
        return Math.round(gainDb / GAIN_STEP_DB) * GAIN_STEP_DB;
    }
}
