package dev.recast.audio;

/**
 * The true peak per ITU-R BS.1770-4 Annex 2: the largest magnitude of the signal interpolated
 * 4× by a polyphase FIR, which catches the peaks between samples that a DAC or a lossy codec
 * will reconstruct. The interpolator is a windowed sinc cut off at the input's Nyquist
 * frequency, so it holds at any sample rate.
 */
public final class TruePeak {

    /** Interpolated points per input sample. */
    public static final int OVERSAMPLING = 4;

    private static final int TAPS_PER_PHASE = 24;
    private static final double[][] PHASES = phases();

    // Each sample is kept twice, TAPS_PER_PHASE apart, so the taps read a straight run without a modulo.
    private final double[] history = new double[2 * TAPS_PER_PHASE];
    private int next;
    private double peak;

    public void add(short[] samples, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            peak = Math.max(peak, push(samples[i] / 32768.0));
        }
    }

    /**
     * Feeds one sample, normalized to ±1, and returns the largest magnitude among the points
     * interpolated around it (the filter's delay is the same for every sample, so this is the
     * envelope of the oversampled signal shifted by {@link #delay()} samples).
     */
    double push(double sample) {
        history[next] = sample;
        history[next + TAPS_PER_PHASE] = sample;
        next = (next + 1) % TAPS_PER_PHASE;
        int newest = next + TAPS_PER_PHASE - 1;
        double largest = 0;
        for (double[] phase : PHASES) {
            double sum = 0;
            for (int t = 0; t < TAPS_PER_PHASE; t++) {
                sum += phase[t] * history[newest - t];
            }
            largest = Math.max(largest, Math.abs(sum));
        }
        return largest;
    }

    /** How many input samples the interpolated points lag behind the sample just pushed. */
    static int delay() {
        return TAPS_PER_PHASE / 2;
    }

    /** Feeds the filter silence so the last samples' interpolated points are counted too. */
    public void flush() {
        for (int i = 0; i < TAPS_PER_PHASE; i++) {
            peak = Math.max(peak, push(0));
        }
    }

    /** The largest interpolated magnitude so far (before {@link #flush()}, the last samples' tail is not yet in). */
    public double linear() {
        return peak;
    }

    public static double decibels(double linear) {
        return 20 * Math.log10(linear);
    }

    /**
     * Phase {@code p} computes the point {@code p / OVERSAMPLING} of a sample after the input
     * sample {@code TAPS_PER_PHASE / 2} back: tap {@code t} weights the sample {@code t} back,
     * by a Hann-windowed sinc, each phase normalized to unity gain at DC.
     */
    private static double[][] phases() {
        double[][] phases = new double[OVERSAMPLING][TAPS_PER_PHASE];
        for (int p = 0; p < OVERSAMPLING; p++) {
            double sum = 0;
            for (int t = 0; t < TAPS_PER_PHASE; t++) {
                // Distance, in input samples, from the interpolated point to the tap's sample.
                double x = t - TAPS_PER_PHASE / 2.0 + (double) p / OVERSAMPLING;
                double window = 0.5 + 0.5 * Math.cos(Math.PI * x / (TAPS_PER_PHASE / 2.0));
                double sinc = x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
                phases[p][t] = sinc * window;
                sum += phases[p][t];
            }
            for (int t = 0; t < TAPS_PER_PHASE; t++) {
                phases[p][t] /= sum;
            }
        }
        return phases;
    }
}
