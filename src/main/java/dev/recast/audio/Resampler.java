package dev.recast.audio;

import java.io.IOException;
import java.util.Arrays;

/**
 * Band-limited sample-rate conversion upwards by a rational ratio (16 kHz speech to the 44.1 kHz
 * MP3 players and podcast directories expect): a windowed-sinc polyphase FIR of 32 taps per phase,
 * Kaiser window, cutoff at 0.47 of the input rate. From 16 kHz the passband is flat within 0.06 dB
 * to 6.5 kHz, and every image of the input's band lies 80 dB down.
 *
 * <p>Output sample {@code j} sits at time {@code j / outputRate}; the output of {@code n} input
 * samples is every such sample before {@code n / inputRate}, that is
 * {@code ceil(n * outputRate / inputRate)} samples. Input outside {@code [0, n)} counts as
 * silence. The taps are integers summing to {@code 2^14} in each phase and the arithmetic is
 * integer, so DC passes exactly and any span of the output, computed on its own from only the
 * input it needs, equals that span of the whole output to the bit: parts convert in parallel.
 */
public final class Resampler {

    /** Reads any span {@code [start, end)} of the input; {@code EpisodeAudio::span} is one. */
    public interface Input {
        PcmSource span(long start, long end) throws IOException;
    }

    private static final int TAPS = 32;
    private static final int HALF_TAPS = TAPS / 2;
    private static final double CUTOFF = 0.47;
    private static final double KAISER_BETA = 8.0;
    /**
     * Taps in Q14: with at most about 2.2 as the sum of a phase's magnitudes, a full-scale input
     * cannot overflow an int accumulator, and the rounding of the taps stays below the stopband.
     */
    private static final int TAP_BITS = 14;

    private final int up;
    private final int down;
    private final int inputRate;
    private final int outputRate;
    /**
     * {@code taps[phase * TAPS + k]} weighs input {@code center - HALF_TAPS + 1 + k} for the output at
     * {@code center + phase / up} input samples.
     */
    private final int[] taps;

    public Resampler(int inputRate, int outputRate) {
        if (inputRate <= 0 || outputRate < inputRate) {
            throw new IllegalArgumentException("only upsampling is supported: " + inputRate + " -> " + outputRate);
        }
        int gcd = gcd(inputRate, outputRate);
        this.inputRate = inputRate;
        this.outputRate = outputRate;
        this.up = outputRate / gcd;
        this.down = inputRate / gcd;
        this.taps = new int[up * TAPS];
        double norm = bessel0(KAISER_BETA);
        double[] weights = new double[TAPS];
        for (int phase = 0; phase < up; phase++) {
            double fraction = (double) phase / up;
            double sum = 0;
            for (int k = 0; k < TAPS; k++) {
                double tau = (k - HALF_TAPS + 1) - fraction;
                double x = tau / HALF_TAPS;
                double window = Math.abs(x) >= 1 ? 0 : bessel0(KAISER_BETA * Math.sqrt(1 - x * x)) / norm;
                weights[k] = 2 * CUTOFF * sinc(2 * CUTOFF * tau) * window;
                sum += weights[k];
            }
            int total = 0;
            int largest = 0;
            for (int k = 0; k < TAPS; k++) {
                int tap = (int) Math.round(weights[k] / sum * (1 << TAP_BITS));
                taps[phase * TAPS + k] = tap;
                total += tap;
                largest = tap > taps[phase * TAPS + largest] ? k : largest;
            }
            // Each phase passes DC at exactly unity, so silence and steady levels stay put.
            taps[phase * TAPS + largest] += (1 << TAP_BITS) - total;
        }
    }

    public int inputRate() {
        return inputRate;
    }

    public int outputRate() {
        return outputRate;
    }

    /** How many output samples {@code inputSamples} input samples give: {@code ceil(n * out / in)}. */
    public long outputLength(long inputSamples) {
        return -Math.floorDiv(-Math.multiplyExact(inputSamples, (long) up), down);
    }

    /**
     * Output samples {@code [from, to)} of the conversion of input {@code [0, inputLength)}.
     */
    public PcmSource span(Input input, long inputLength, long from, long to) throws IOException {
        Reach reach = reach(inputLength, from, to);
        return new Converter(input.span(reach.readFrom(), reach.readTo()), reach.first(), from, to);
    }

    /**
     * What output samples {@code [from, to)} are made of: input {@code [first, last)}, of which
     * {@code [readFrom, readTo)} is read and the rest, outside the input, is silence; and the
     * filter phase of the first output. Two spans alike in all of these, their lengths and the
     * samples read, come out the same.
     */
    public record Reach(long first, long readFrom, long readTo, long last, long phase) {
    }

    /** The input that output samples {@code [from, to)} of input {@code [0, inputLength)} are made of. */
    public Reach reach(long inputLength, long from, long to) {
        long length = outputLength(inputLength);
        if (from < 0 || to < from || to > length) {
            throw new IllegalArgumentException("span " + from + ".." + to + " is outside 0.." + length);
        }
        long first = Math.floorDiv(from * down, up) - HALF_TAPS + 1;
        long last = Math.floorDiv(Math.max(from, to - 1) * down, up) + HALF_TAPS + 1;
        long readFrom = Math.min(inputLength, Math.max(0, first));
        long readTo = Math.max(readFrom, Math.min(inputLength, last));
        return new Reach(first, readFrom, readTo, last, Math.floorMod(from * down, up));
    }

    /** The resampler's design, for keys of what is made with it. */
    public String settings() {
        return "resampler-" + inputRate + "-" + outputRate + " taps " + TAPS + " cutoff " + CUTOFF + " beta "
                + KAISER_BETA + " tap-bits " + TAP_BITS;
    }

    /**
     * Slides a window of input along the output, refilling it from the source as it goes. The
     * window holds silence where the input has none, so every output is one plain dot product.
     */
    private final class Converter implements PcmSource {
        private final PcmSource source;
        private final long end;
        private long next;
        /** The input sample the next output is centred after, and the output's phase between it and the next. */
        private long center;
        private int phase;
        private short[] window = new short[1 << 14];
        /** The input of {@link #twoCycles}: each sample with the one {@code down} later in its high half. */
        private final long[] paired = new long[down + TAPS];
        /** The input sample at {@code window[0]}. */
        private long windowStart;
        private int filled;
        private boolean exhausted;

        Converter(PcmSource source, long first, long from, long to) {
            this.source = source;
            this.windowStart = first;
            this.next = from;
            this.end = to;
            long position = from * down;
            this.center = Math.floorDiv(position, up);
            this.phase = (int) (position - center * up);
            // Input before sample 0 is silence: fewer than HALF_TAPS samples, already zero.
            this.filled = (int) Math.max(0, -first);
        }

        @Override
        public int read(short[] buffer, int offset, int length) throws IOException {
            if (next >= end) {
                return -1;
            }
            int n = (int) Math.min(length, end - next);
            int i = 0;
            while (i < n) {
                long lo = center - HALF_TAPS + 1;
                if (n - i >= 2 * up) {
                    // After up outputs the phase is back where it was, down input samples on.
                    ensure(lo, lo + 2L * down + TAPS);
                    twoCycles(buffer, offset + i, (int) (lo - windowStart));
                    i += 2 * up;
                    center += 2L * down;
                    continue;
                }
                ensure(lo, lo + TAPS);
                buffer[offset + i] = dot((int) (lo - windowStart), phase * TAPS);
                i++;
                phase += down;
                while (phase >= up) {
                    phase -= up;
                    center++;
                }
            }
            next += n;
            return n;
        }

        private short dot(int at, int tap) {
            short[] input = window;
            int[] weights = taps;
            int acc = 0;
            for (int k = 0; k < TAPS; k++) {
                acc += weights[tap + k] * input[at + k];
            }
            return rounded(acc);
        }

        /**
         * The next {@code 2 * up} outputs, their input from {@code at} in the window, at half the
         * multiplies: output {@code m} and output {@code up + m} have the same phase and inputs
         * {@code down} samples apart, so one long multiply-add carries both, the first in the low
         * half and the second in the high. Each sum stays under 2^31 in magnitude, as the int one
         * of {@link #dot} does, so the halves come apart exact and the outputs equal dot's.
         */
        private void twoCycles(short[] buffer, int offset, int at) {
            long[] both = paired;
            short[] input = window;
            for (int q = 0; q < both.length; q++) {
                both[q] = input[at + q] + ((long) input[at + q + down] << 32);
            }
            int[] weights = taps;
            int p = phase;
            int a = 0;
            for (int m = 0; m < up; m++) {
                int tap = p * TAPS;
                long acc = 0;
                for (int k = 0; k < TAPS; k++) {
                    acc += weights[tap + k] * both[a + k];
                }
                int first = (int) acc;
                buffer[offset + m] = rounded(first);
                buffer[offset + up + m] = rounded((int) ((acc - first) >> 32));
                p += down;
                while (p >= up) {
                    p -= up;
                    a++;
                }
            }
        }

        /** Keeps input {@code [lo, hi)} in the window, silence past the source's end. */
        private void ensure(long lo, long hi) throws IOException {
            while (windowStart + filled < hi) {
                if (filled == window.length) {
                    // Drop what no later output needs; grow only if that frees nothing.
                    int drop = (int) Math.max(0, Math.min(filled, lo - windowStart));
                    if (drop == 0) {
                        short[] larger = new short[window.length * 2];
                        System.arraycopy(window, 0, larger, 0, filled);
                        window = larger;
                    } else {
                        System.arraycopy(window, drop, window, 0, filled - drop);
                        filled -= drop;
                        windowStart += drop;
                    }
                }
                int got = exhausted ? -1 : source.read(window, filled, window.length - filled);
                if (got < 0) {
                    exhausted = true;
                    int silence = (int) Math.min(window.length - filled, hi - windowStart - filled);
                    Arrays.fill(window, filled, filled + silence, (short) 0);
                    filled += silence;
                } else {
                    filled += got;
                }
            }
        }
    }

    /** A sum of Q14 products back to a sample: rounded, and held to 16 bits. */
    private static short rounded(int acc) {
        int rounded = (acc + (1 << (TAP_BITS - 1))) >> TAP_BITS;
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, rounded));
    }

    private static double sinc(double x) {
        return x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
    }

    /** The modified Bessel function of the first kind, order 0, by its power series. */
    private static double bessel0(double x) {
        double sum = 1;
        double term = 1;
        for (int k = 1; k < 50; k++) {
            term *= (x / (2 * k)) * (x / (2 * k));
            sum += term;
        }
        return sum;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
