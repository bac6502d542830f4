package dev.recast.audio;

/** Test audio generated in code, so tests need no binary fixtures. */
final class TestSignal {
    private TestSignal() {}

    /** A half-scale sine, interleaved; channel {@code c} at {@code (c + 1) * hz} so channels differ. */
    static short[] sine(PcmFormat format, double hz, int frames) {
        short[] samples = new short[frames * format.channels()];
        for (int frame = 0; frame < frames; frame++) {
            for (int c = 0; c < format.channels(); c++) {
                double phase = 2 * Math.PI * hz * (c + 1) * frame / format.sampleRate();
                samples[frame * format.channels() + c] = (short) Math.round(16_000 * Math.sin(phase));
            }
        }
        return samples;
    }
}
