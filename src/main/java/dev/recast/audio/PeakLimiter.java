package dev.recast.audio;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * A look-ahead limiter for one clip: scales it by a gain and lowers the gain smoothly just around
 * the places whose true peak (4× oversampled) would pass the ceiling. A clip is limited on its
 * own, as if silence surrounded it, so clips need no state between them and the result is the
 * same whatever order they are read in.
 */
public final class PeakLimiter {

    // A few ms to dip in and out: short enough to leave the rest of the word alone, long enough not to click.
    private static final double SMOOTHING_SECONDS = 0.005;
    private static final int MAX_PASSES = 6;
    /**
     * The gain's smoothing and the rounding to 16 bits leave a limited clip's peak over the aim
     * by up to 0.002 dB (measured on a 20-minute episode limited by 6 dB): aiming 0.01 dB under the
     * ceiling holds it at the first try, where aiming at it took three tries a clip on average.
     */
    private static final double HEADROOM = Math.pow(10, -0.01 / 20);
    /** Bumped whenever the samples the limiter gives change, since levelled clips are cached under it. */
    private static final int VERSION = 5;

    private final double ceiling;
    private final int halfWidth;

    /** @param ceilingDbtp the highest true peak allowed, in dBTP */
    public PeakLimiter(double ceilingDbtp, int sampleRate) {
        if (!(ceilingDbtp <= 0)) {
            throw new IllegalArgumentException("ceiling must be at most 0 dBTP: " + ceilingDbtp);
        }
        this.ceiling = Math.pow(10, ceilingDbtp / 20);
        this.halfWidth = Math.max(1, (int) Math.round(sampleRate * SMOOTHING_SECONDS));
    }

    /**
     * A levelled clip: its samples, and their true peak, the clip alone in silence.
     *
     * @param truePeak linear, as {@link TruePeak#linear()} reads it
     * @param sourcePeak the true peak of the clip as given, before the gain, when the limiter read
     *        it on the way (it interpolates the scaled clip to find what to lower); empty when the
     *        clip needed no limiting, and its peak was never read
     */
    public record Levelled(short[] samples, double truePeak, OptionalDouble sourcePeak) {
    }

    /**
     * The clip times {@code gain}, limited so its true peak stays at or under the ceiling.
     * Rounding to 16 bits and the gain's own smoothing can leave a peak a hair over the aim, so
     * the aim starts a little under the ceiling, and is lowered by any overshoot left until it holds.
     * The peak measured to check it is handed back with the samples, so nothing measures it again.
     */
    public Levelled apply(short[] clip, double gain) {
        int largest = 0;
        for (short sample : clip) {
            largest = Math.max(largest, Math.abs(sample));
        }
        // Most clips cannot reach the ceiling even rounded, by the bound on the interpolator's
        // gain: limiting them would change nothing, so they are only scaled (the same samples).
        if (TruePeak.POINT_BOUND * (largest * gain + 0.5) / 32768.0 <= ceiling) {
            short[] scaled = scaled(clip, gain);
            return new Levelled(scaled, truePeak(scaled), OptionalDouble.empty());
        }
        double[] scaled = new double[clip.length];
        for (int i = 0; i < clip.length; i++) {
            scaled[i] = clip[i] * gain / 32768.0;
        }
        double aim = ceiling * HEADROOM;
        Required required = requiredGain(scaled, aim);
        // The points it skipped are at most the aim: past it, the largest point read is the scaled clip's peak.
        OptionalDouble sourcePeak = required.largest() > aim
                ? OptionalDouble.of(required.largest() / gain)
                : OptionalDouble.empty();
        short[] limited = limit(scaled, required.gains());
        double peak = truePeak(limited);
        for (int pass = 1; pass < MAX_PASSES && peak > ceiling; pass++) {
            aim *= ceiling / peak * HEADROOM;
            limited = limit(scaled, requiredGain(scaled, aim).gains());
            peak = truePeak(limited);
        }
        return new Levelled(limited, peak, sourcePeak);
    }

    /** The limiter's version and settings: what its samples depend on besides the clip and gain. */
    public String settings() {
        return "peak-limiter-" + VERSION + " ceiling " + Long.toHexString(Double.doubleToLongBits(ceiling))
                + " half-width " + halfWidth;
    }

    private static short[] scaled(short[] clip, double gain) {
        short[] out = new short[clip.length];
        for (int i = 0; i < clip.length; i++) {
            out[i] = (short) Math.round(clip[i] * gain);
        }
        return out;
    }

    private short[] limit(double[] signal, double[] required) {
        double[] held = minimumAround(required, halfWidth);
        double[] smooth = averageAround(held, halfWidth);
        short[] out = new short[signal.length];
        for (int i = 0; i < signal.length; i++) {
            long sample = Math.round(signal[i] * smooth[i] * 32768.0);
            out[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, sample));
        }
        return out;
    }

    /**
     * The gain each sample's neighbourhood needs, and the largest interpolated point read on the
     * way (points the bound shows cannot pass the aim are not computed).
     */
    private record Required(double[] gains, double largest) {
    }

    /**
     * For each sample, the gain its neighbourhood needs: the interpolated points around a
     * sample come out of the filter {@link TruePeak#delay()} samples later, and the points in
     * the silence after the clip are charged to its last sample.
     */
    private static Required requiredGain(double[] signal, double aim) {
        double largest = 0;
        double[] required = new double[signal.length];
        Arrays.fill(required, 1.0);
        TruePeak meter = new TruePeak();
        int delay = TruePeak.delay();
        int total = signal.length + 2 * delay;
        for (int block = 0; block < total; block += TruePeak.BLOCK) {
            int blockEnd = Math.min(total, block + TruePeak.BLOCK);
            // A block whose points cannot pass the aim needs nothing: it only feeds the history.
            if (largestWithinReach(signal, block, blockEnd) * TruePeak.POINT_BOUND <= aim) {
                meter.keep(signal, block, blockEnd);
                continue;
            }
            for (int i = block; i < blockEnd; i++) {
                double peak = meter.push(i < signal.length ? signal[i] : 0);
                largest = Math.max(largest, peak);
                int at = Math.max(0, Math.min(signal.length - 1, i - delay));
                if (peak > aim && signal.length > 0) {
                    required[at] = Math.min(required[at], aim / peak);
                }
            }
        }
        return new Required(required, largest);
    }

    private static double largestWithinReach(double[] signal, int block, int blockEnd) {
        double largest = 0;
        for (int i = Math.max(0, block - TruePeak.reach() + 1); i < Math.min(signal.length, blockEnd); i++) {
            largest = Math.max(largest, Math.abs(signal[i]));
        }
        return largest;
    }

    /**
     * The smallest required gain within {@code half} of each position, for positions from
     * {@code -half} to {@code length + half} (index shifted by {@code half}), so that the
     * average of any {@code 2 * half + 1} of them around a sample is never above its own need.
     */
    private static double[] minimumAround(double[] values, int half) {
        double[] out = new double[values.length + 2 * half];
        Arrays.fill(out, 1.0);
        // Only the few samples that need less than unity gain spread their need: linear in the clip.
        for (int j = 0; j < values.length; j++) {
            if (values[j] < 1.0) {
                for (int k = j; k <= j + 2 * half; k++) {
                    out[k] = Math.min(out[k], values[j]);
                }
            }
        }
        return out;
    }

    /** The average of {@code held} over the {@code 2 * half + 1} positions around each sample. */
    private static double[] averageAround(double[] held, int half) {
        int length = held.length - 2 * half;
        double[] out = new double[length];
        int width = 2 * half + 1;
        double sum = 0;
        for (int k = 0; k < width - 1; k++) {
            sum += held[k];
        }
        for (int i = 0; i < length; i++) {
            sum += held[i + width - 1];
            out[i] = sum / width;
            sum -= held[i];
        }
        return out;
    }

    private static double truePeak(short[] clip) {
        TruePeak meter = new TruePeak();
        meter.add(clip, 0, clip.length);
        meter.flush();
        return meter.linear();
    }
}
