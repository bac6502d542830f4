package dev.recast.audio;

import java.io.IOException;

/**
 * Band-limited sample-rate conversion upwards by a rational ratio (16 kHz speech to the 44.1 kHz
 * MP3 players and podcast directories expect): a windowed-sinc polyphase FIR, Kaiser window,
 * cutoff at 0.45 of the input rate, so nothing above the input's band is imaged into the output.
 *
 * <p>Output sample {@code j} sits at time {@code j / outputRate}; the output of {@code n} input
 * samples is every such sample before {@code n / inputRate}, that is
 * {@code ceil(n * outputRate / inputRate)} samples. Input outside {@code [0, n)} counts as
 * silence. Any span of the output is computed on its own, reading only the input it needs, and
 * equals that span of the whole output to the bit, so parts can be converted in parallel.
 */
public final class Resampler {

    /** Reads any span {@code [start, end)} of the input; {@code EpisodeAudio::span} is one. */
    public interface Input {
        PcmSource span(long start, long end) throws IOException;
    }

    private static final int HALF_TAPS = 32;
    private static final double CUTOFF = 0.45;
    private static final double KAISER_BETA = 8.6;

    private final int up;
    private final int down;
    private final int inputRate;
    private final int outputRate;
    /** {@code taps[phase][k]} weighs input {@code i0 - HALF_TAPS + 1 + k} for output phase {@code phase / up}. */
    private final double[][] taps;

    public Resampler(int inputRate, int outputRate) {
        if (inputRate <= 0 || outputRate < inputRate) {
            throw new IllegalArgumentException("only upsampling is supported: " + inputRate + " -> " + outputRate);
        }
        int gcd = gcd(inputRate, outputRate);
        this.inputRate = inputRate;
        this.outputRate = outputRate;
        this.up = outputRate / gcd;
        this.down = inputRate / gcd;
        this.taps = new double[up][2 * HALF_TAPS];
        double norm = bessel0(KAISER_BETA);
        for (int phase = 0; phase < up; phase++) {
            double fraction = (double) phase / up;
            double sum = 0;
            for (int k = 0; k < 2 * HALF_TAPS; k++) {
                double tau = (k - HALF_TAPS + 1) - fraction;
                double x = tau / HALF_TAPS;
                double window = Math.abs(x) >= 1 ? 0 : bessel0(KAISER_BETA * Math.sqrt(1 - x * x)) / norm;
                double weight = 2 * CUTOFF * sinc(2 * CUTOFF * tau) * window;
                taps[phase][k] = weight;
                sum += weight;
            }
            // Each phase passes DC at exactly unity, so silence and steady levels stay put.
            for (int k = 0; k < 2 * HALF_TAPS; k++) {
                taps[phase][k] /= sum;
            }
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
        long length = outputLength(inputLength);
        if (from < 0 || to < from || to > length) {
            throw new IllegalArgumentException("span " + from + ".." + to + " is outside 0.." + length);
        }
        long first = Math.max(0, Math.floorDiv(from * down, up) - HALF_TAPS + 1);
        long last = to == from ? first : Math.min(inputLength, Math.floorDiv((to - 1) * down, up) + HALF_TAPS + 1);
        return new Converter(input.span(first, Math.max(first, last)), first, from, to);
    }

    /** Slides a window of input along the output, refilling it from the source as it goes. */
    private final class Converter implements PcmSource {
        private final PcmSource source;
        private final long end;
        private long next;
        private short[] window = new short[1 << 14];
        /** The input sample at {@code window[0]}. */
        private long windowStart;
        private int filled;
        private boolean exhausted;

        Converter(PcmSource source, long sourceStart, long from, long to) {
            this.source = source;
            this.windowStart = sourceStart;
            this.next = from;
            this.end = to;
        }

        @Override
        public int read(short[] buffer, int offset, int length) throws IOException {
            if (next >= end) {
                return -1;
            }
            int n = (int) Math.min(length, end - next);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = sample(next++);
            }
            return n;
        }

        private short sample(long j) throws IOException {
            long position = j * down;
            long center = Math.floorDiv(position, up);
            int phase = (int) (position - center * up);
            long lo = center - HALF_TAPS + 1;
            ensure(lo, center + HALF_TAPS + 1);
            double[] weights = taps[phase];
            double acc = 0;
            for (int k = 0; k < weights.length; k++) {
                long i = lo + k;
                long at = i - windowStart;
                if (i >= windowStart && at < filled) {
                    acc += weights[k] * window[(int) at];
                }
            }
            long rounded = Math.round(acc);
            return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, rounded));
        }

        /** Keeps input {@code [lo, hi)} in the window as far as the source has it. */
        private void ensure(long lo, long hi) throws IOException {
            while (!exhausted && windowStart + filled < hi) {
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
                int got = source.read(window, filled, window.length - filled);
                if (got < 0) {
                    exhausted = true;
                } else {
                    filled += got;
                }
            }
        }
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
