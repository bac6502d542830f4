package dev.recast.synth;

import dev.recast.audio.PcmFormat;
import dev.recast.segment.Utterance;

/**
 * A synthesizer for exact, fast tests: a 440 Hz tone lasting 10 ms per character of spoken
 * text, so every length on the timeline is known in advance.
 */
public final class FakeSynthesizer implements Synthesizer {

    public static final PcmFormat FORMAT = PcmFormat.SPEECH_16K;
    public static final int SAMPLES_PER_CHAR = 160;

    public static long lengthOf(String spokenText) {
        return (long) spokenText.length() * SAMPLES_PER_CHAR;
    }

    /** The tone for {@code utterance}, whatever the profile. */
    public Clip synthesize(Utterance utterance) {
        short[] samples = new short[(int) lengthOf(utterance.spokenText())];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) Math.round(8000 * Math.sin(2 * Math.PI * 440 * i / FORMAT.sampleRate()));
        }
        return new Clip(utterance, FORMAT, samples);
    }

    @Override
    public Clip synthesize(Utterance utterance, VoiceProfile profile) {
        return synthesize(utterance);
    }

    @Override
    public void close() {
    }
}
