package dev.recast.audio;

import java.io.IOException;

/**
 * What a loudness meter reads of a whole signal.
 *
 * @param integratedLufs gated integrated loudness (BS.1770-4); −∞ for silence
 * @param truePeakDbtp the 4× oversampled peak in dB relative to full scale; −∞ for silence
 */
public record Loudness(double integratedLufs, double truePeakDbtp) {

    /** Reads {@code source} to its end, at {@code sampleRate}, through both meters. */
    public static Loudness of(PcmSource source, int sampleRate) throws IOException {
        LoudnessMeter meter = new LoudnessMeter(sampleRate);
        TruePeak peak = new TruePeak();
        feed(source, meter::add, peak::add);
        peak.flush();
        return new Loudness(meter.integrated(), TruePeak.decibels(peak.linear()));
    }

    /** The integrated loudness of {@code source} alone, for when its peak is not needed: half the work. */
    public static double integratedLufs(PcmSource source, int sampleRate) throws IOException {
        LoudnessMeter meter = new LoudnessMeter(sampleRate);
        feed(source, meter::add);
        return meter.integrated();
    }

    /** The true peak of {@code source} alone, in dBTP. */
    public static double truePeakDbtp(PcmSource source) throws IOException {
        TruePeak peak = new TruePeak();
        feed(source, peak::add);
        peak.flush();
        return TruePeak.decibels(peak.linear());
    }

    /** Takes samples a buffer at a time: a meter's {@code add}. */
    private interface Meter {
        void add(short[] samples, int offset, int length);
    }

    private static void feed(PcmSource source, Meter... meters) throws IOException {
        short[] buffer = new short[1 << 15];
        for (int n = source.read(buffer, 0, buffer.length); n >= 0; n = source.read(buffer, 0, buffer.length)) {
            for (Meter meter : meters) {
                meter.add(buffer, 0, n);
            }
        }
    }
}
