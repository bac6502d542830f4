package dev.recast.audio;

import java.util.Arrays;

/**
 * Integrated loudness per ITU-R BS.1770-4 (EBU R128): K-weighting, mean square over 400 ms
 * blocks overlapping by 75 %, an absolute gate at −70 LUFS and a relative gate 10 LU below the
 * loudness of the blocks that pass it. Samples are fed in order, a buffer at a time, at any rate:
 * the filters are derived for the actual rate by the bilinear transform (as libebur128 does),
 * since the standard's coefficient table holds only at 48 kHz.
 */
public final class LoudnessMeter {

    private static final double ABSOLUTE_GATE_LUFS = -70.0;
    private static final double RELATIVE_GATE_LU = -10.0;
    private static final int SUB_BLOCKS_PER_BLOCK = 4;
    /** Bumped whenever the loudness it reads changes, since readings are kept in the cache under it. */
    private static final int VERSION = 3;

    private final int sampleRate;
    private final Biquad preFilter;
    private final Biquad highPass;
    private final int stepLength;
    private final long startSample;
    private final long firstStep;
    /** The K-weighted energy of each step ended so far, from {@link #firstStep()} on. */
    private double[] stepSums = new double[64];
    private int stepsDone;
    private double stepSum;
    private int untilStepEnds;
    private long fed;

    /** A meter for a signal from its start. */
    public LoudnessMeter(int sampleRate) {
        this(sampleRate, 0);
    }

    /**
     * A meter for a stretch of a longer signal that starts at {@code startSample}, with the
     * filters at rest there: it sums energy on the whole signal's grid of steps, so the stretches
     * of a signal split at its silences can be measured apart and put together with
     * {@link #addSteps}.
     */
    public LoudnessMeter(int sampleRate, long startSample) {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive: " + sampleRate);
        }
        if (startSample < 0) {
            throw new IllegalArgumentException("start must not be negative: " + startSample);
        }
        this.sampleRate = sampleRate;
        this.preFilter = Biquad.highShelf(sampleRate);
        this.highPass = Biquad.revisedLowFrequencyB(sampleRate);
        this.stepLength = stepLength(sampleRate);
        this.startSample = startSample;
        this.firstStep = startSample / stepLength;
        this.untilStepEnds = (int) (stepLength - startSample % stepLength);
    }

    /** The meter's version: what a loudness depends on besides the samples. */
    public static String settings() {
        return "loudness-meter-" + VERSION;
    }

    /** Samples per 100 ms sub-block (the 400 ms blocks overlap by three of them). */
    public static int subBlockLength(int sampleRate) {
        return (int) Math.round(sampleRate * 0.1);
    }

    /**
     * Samples per step, the grain energy is summed in: 20 ms where the rate allows, so a stretch
     * moved by a whole number of steps keeps its sums (an edit moves a section by a multiple of
     * 1.28 s), else a whole sub-block. A sub-block is always whole steps.
     */
    public static int stepLength(int sampleRate) {
        return sampleRate % 50 == 0 ? sampleRate / 50 : subBlockLength(sampleRate);
    }

    public void add(short[] samples, int offset, int length) {
        feed(samples, offset, length);
    }

    /** Feeds {@code count} samples of silence: the filters ring on into it. */
    public void addSilence(long count) {
        for (long left = count; left > 0; left -= Integer.MAX_VALUE) {
            feed(null, 0, (int) Math.min(left, Integer.MAX_VALUE));
        }
    }

    /** Feeds {@code samples[offset, offset + length)}, or as many samples of silence when {@code samples} is null. */
    private void feed(short[] samples, int offset, int length) {
        int at = offset;
        int end = offset + length;
        while (at < end) {
            int run = Math.min(untilStepEnds, end - at);
            stepSum = weigh(samples, at, run, stepSum);
            at += run;
            untilStepEnds -= run;
            if (untilStepEnds == 0) {
                endStep();
            }
        }
        fed += length;
    }

    /**
     * Runs both filters over a run of samples and adds the squares of what comes out to
     * {@code sum}. Their state is held in locals for the run: kept in fields, each sample waited
     * on the store and load of the last output, where now it waits only on the arithmetic.
     */
    private double weigh(short[] samples, int from, int count, double sum) {
        Biquad p = preFilter;
        Biquad h = highPass;
        double px1 = p.x1, px2 = p.x2, py1 = p.y1, py2 = p.y2;
        double hx1 = h.x1, hx2 = h.x2, hy1 = h.y1, hy2 = h.y2;
        for (int i = from; i < from + count; i++) {
            double x = samples == null ? 0 : samples[i] / 32768.0;
            // The last output's term last: each sample then waits on one multiply and one
            // subtraction of the one before, not on three operations.
            double y = p.b0 * x + p.b1 * px1 + p.b2 * px2 - p.a2 * py2 - p.a1 * py1;
            px2 = px1;
            px1 = x;
            py2 = py1;
            py1 = y;
            double weighted = h.b0 * y + h.b1 * hx1 + h.b2 * hx2 - h.a2 * hy2 - h.a1 * hy1;
            hx2 = hx1;
            hx1 = y;
            hy2 = hy1;
            hy1 = weighted;
            sum += weighted * weighted;
        }
        p.x1 = px1;
        p.x2 = px2;
        p.y1 = py1;
        p.y2 = py2;
        h.x1 = hx1;
        h.x2 = hx2;
        h.y1 = hy1;
        h.y2 = hy2;
        return sum;
    }

    private void endStep() {
        if (stepsDone == stepSums.length) {
            stepSums = Arrays.copyOf(stepSums, 2 * stepSums.length);
        }
        stepSums[stepsDone++] = stepSum;
        stepSum = 0;
        untilStepEnds = stepLength;
    }

    /** The whole signal's step this meter's first sum belongs to. */
    public long firstStep() {
        return firstStep;
    }

    /**
     * The energy of each step from {@link #firstStep()} on, the last one only as far as the
     * samples fed reach into it.
     */
    public double[] stepSums() {
        double[] sums = Arrays.copyOf(stepSums, stepsDone + 1);
        sums[stepsDone] = stepSum;
        return sums;
    }

    /**
     * Adds a stretch's step sums, from step {@code firstStep} of the whole signal on, to the
     * signal's sub-block sums: the stretch's steps in each sub-block summed in order first, then
     * added to what the stretches before it left there. Sub-blocks past the array are dropped.
     * Added in the stretches' order, the sums are the same however the stretches were measured.
     */
    public static void addSteps(double[] subBlockSums, long firstStep, double[] stepSums, int sampleRate) {
        int stepsPerSubBlock = subBlockLength(sampleRate) / stepLength(sampleRate);
        int i = 0;
        while (i < stepSums.length) {
            long subBlock = (firstStep + i) / stepsPerSubBlock;
            if (subBlock >= subBlockSums.length) {
                return;
            }
            int end = (int) Math.min(stepSums.length, (subBlock + 1) * stepsPerSubBlock - firstStep);
            double sum = 0;
            for (; i < end; i++) {
                sum += stepSums[i];
            }
            subBlockSums[(int) subBlock] += sum;
        }
    }

    /**
     * The gated loudness of everything added so far, in LUFS; {@link Double#NEGATIVE_INFINITY}
     * when no 400 ms block passes the absolute gate (silence, or under 400 ms of audio).
     */
    public double integrated() {
        if (startSample != 0) {
            throw new IllegalStateException("a meter of a stretch reads no loudness of its own");
        }
        int subBlockLength = subBlockLength(sampleRate);
        double[] subBlockSums = new double[Math.toIntExact(fed / subBlockLength)];
        addSteps(subBlockSums, 0, stepSums(), sampleRate);
        return integrated(subBlockSums, subBlockLength);
    }

    /**
     * The gated loudness of a signal from the K-weighted energy of each of its whole sub-blocks
     * (a trailing part of one is not counted), in LUFS.
     */
    public static double integrated(double[] subBlockSums, int subBlockLength) {
        int blocks = Math.max(0, subBlockSums.length - SUB_BLOCKS_PER_BLOCK + 1);
        double[] powers = new double[blocks];
        for (int b = 0; b < blocks; b++) {
            double sum = 0;
            for (int s = b; s < b + SUB_BLOCKS_PER_BLOCK; s++) {
                sum += subBlockSums[s];
            }
            powers[b] = sum / (SUB_BLOCKS_PER_BLOCK * (double) subBlockLength);
        }
        double absoluteGate = power(ABSOLUTE_GATE_LUFS);
        double relativeGate = power(lufs(mean(powers, absoluteGate)) + RELATIVE_GATE_LU);
        return lufs(mean(powers, Math.max(absoluteGate, relativeGate)));
    }

    private static double mean(double[] powers, double gate) {
        double sum = 0;
        int count = 0;
        for (double p : powers) {
            if (p > gate) {
                sum += p;
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    private static double lufs(double power) {
        return power > 0 ? -0.691 + 10 * Math.log10(power) : Double.NEGATIVE_INFINITY;
    }

    private static double power(double lufs) {
        return Math.pow(10, (lufs + 0.691) / 10);
    }

    /** A second-order IIR section in direct form I: its coefficients, and its state between runs. */
    private static final class Biquad {
        private final double b0, b1, b2, a1, a2;
        private double x1, x2, y1, y2;

        private Biquad(double b0, double b1, double b2, double a1, double a2) {
            this.b0 = b0;
            this.b1 = b1;
            this.b2 = b2;
            this.a1 = a1;
            this.a2 = a2;
        }

        /** Stage 1 of the K-weighting: the head's acoustic effect, a +4 dB shelf above ~1.7 kHz. */
        static Biquad highShelf(int rate) {
            double f0 = 1681.974450955533;
            double gain = 3.999843853973347;
            double q = 0.7071752369554196;
            double k = Math.tan(Math.PI * f0 / rate);
            double vh = Math.pow(10.0, gain / 20.0);
            double vb = Math.pow(vh, 0.4996667741545416);
            double a0 = 1.0 + k / q + k * k;
            return new Biquad((vh + vb * k / q + k * k) / a0, 2.0 * (k * k - vh) / a0,
                    (vh - vb * k / q + k * k) / a0, 2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0);
        }

        /** Stage 2: the RLB high-pass at ~38 Hz. */
        static Biquad revisedLowFrequencyB(int rate) {
            double f0 = 38.13547087602444;
            double q = 0.5003270373238773;
            double k = Math.tan(Math.PI * f0 / rate);
            double a0 = 1.0 + k / q + k * k;
            return new Biquad(1.0, -2.0, 1.0, 2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0);
        }
    }
}
