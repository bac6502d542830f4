package dev.recast.audio;

import java.util.ArrayList;
import java.util.List;

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

    private final Biquad preFilter;
    private final Biquad highPass;
    private final int subBlockLength;
    private final List<Double> blockPowers = new ArrayList<>();
    private final double[] recentSubBlocks = new double[SUB_BLOCKS_PER_BLOCK];
    private long subBlocksDone;
    private double subBlockSum;
    private int subBlockFill;

    public LoudnessMeter(int sampleRate) {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive: " + sampleRate);
        }
        this.preFilter = Biquad.highShelf(sampleRate);
        this.highPass = Biquad.revisedLowFrequencyB(sampleRate);
        this.subBlockLength = (int) Math.round(sampleRate * 0.1);
    }

    public void add(short[] samples, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            double weighted = highPass.next(preFilter.next(samples[i] / 32768.0));
            subBlockSum += weighted * weighted;
            if (++subBlockFill == subBlockLength) {
                endSubBlock();
            }
        }
    }

    private void endSubBlock() {
        recentSubBlocks[(int) (subBlocksDone % SUB_BLOCKS_PER_BLOCK)] = subBlockSum;
        subBlocksDone++;
        subBlockSum = 0;
        subBlockFill = 0;
        if (subBlocksDone >= SUB_BLOCKS_PER_BLOCK) {
            double sum = 0;
            for (double s : recentSubBlocks) {
                sum += s;
            }
            blockPowers.add(sum / (SUB_BLOCKS_PER_BLOCK * (double) subBlockLength));
        }
    }

    /**
     * The gated loudness of everything added so far, in LUFS; {@link Double#NEGATIVE_INFINITY}
     * when no 400 ms block passes the absolute gate (silence, or under 400 ms of audio).
     */
    public double integrated() {
        double absoluteGate = power(ABSOLUTE_GATE_LUFS);
        double relativeGate = power(lufs(mean(blockPowers, absoluteGate)) + RELATIVE_GATE_LU);
        return lufs(mean(blockPowers, Math.max(absoluteGate, relativeGate)));
    }

    private static double mean(List<Double> powers, double gate) {
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

    /** A second-order IIR section in direct form I. */
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

        double next(double x) {
            double y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
            x2 = x1;
            x1 = x;
            y2 = y1;
            y1 = y;
            return y;
        }
    }
}
