package dev.recast.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.segment.Pause;
import dev.recast.segment.Role;
import dev.recast.segment.Utterance;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotes are audibly another voice: measured on the real engine's audio, not on the profile's numbers. */
class VoicePitchTest {

    private static final int SAMPLE_RATE = 16000;
    private static final String SENTENCE = "The harbour clock has kept the time of the tides for two hundred years.";

    @Test
    void theEstimatorFindsAKnownTone() {
        short[] tone = new short[SAMPLE_RATE];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (short) Math.round(8000 * Math.sin(2 * Math.PI * 150 * i / SAMPLE_RATE));
        }
        assertEquals(150, medianF0(tone, SAMPLE_RATE), 3);
        assertEquals(Double.NaN, medianF0(new short[SAMPLE_RATE], SAMPLE_RATE), "silence has no voiced frames");
    }

    @Test
    void aQuoteIsSpokenAtADifferentPitchThanTheNarrator() throws Exception {
        VoiceProfiles bundled = new VoiceProfiles(List.of(), Engines.standard());
        double narrator = medianF0(say(bundled.find("narrator")), SAMPLE_RATE);
        double quote = medianF0(say(bundled.find("quote")), SAMPLE_RATE);
        double difference = Math.abs(quote - narrator) / narrator;
        assertTrue(difference >= 0.10, String.format("narrator %.1f Hz, quote %.1f Hz: %.0f %% apart", narrator, quote,
                100 * difference));
    }

    private static short[] say(VoiceProfile profile) throws Exception {
        try (FreeTtsSynthesizer synth = FreeTtsSynthesizer.open(profile.voice())) {
            Clip clip = synth.synthesize(new Utterance("01-0001", 1, Role.NARRATION, SENTENCE, SENTENCE, null,
                    Pause.SENTENCE), profile);
            assertEquals(SAMPLE_RATE, clip.format().sampleRate());
            return clip.samples();
        }
    }

    /**
     * The median fundamental frequency of the voiced frames (40 ms, every 10 ms), by normalized
     * autocorrelation over 60–400 Hz. A frame is voiced when it is loud (a tenth of the loudest
     * frame's RMS or more) and periodic (correlation peak of 0.5 or more). NaN when none is.
     */
    static double medianF0(short[] samples, int sampleRate) {
        int frame = sampleRate * 40 / 1000;
        int hop = sampleRate * 10 / 1000;
        int minLag = sampleRate / 400;
        int maxLag = sampleRate / 60;
        List<double[]> frames = new ArrayList<>();
        double loudest = 0;
        for (int start = 0; start + frame + maxLag <= samples.length; start += hop) {
            double[] x = new double[frame + maxLag];
            for (int i = 0; i < x.length; i++) {
                x[i] = samples[start + i];
            }
            frames.add(x);
            loudest = Math.max(loudest, rms(x, frame));
        }
        List<Double> f0s = new ArrayList<>();
        for (double[] x : frames) {
            if (loudest == 0 || rms(x, frame) < 0.1 * loudest) {
                continue;
            }
            double best = 0;
            int bestLag = -1;
            for (int lag = minLag; lag <= maxLag; lag++) {
                double xy = 0;
                double xx = 0;
                double yy = 0;
                for (int i = 0; i < frame; i++) {
                    xy += x[i] * x[i + lag];
                    xx += x[i] * x[i];
                    yy += x[i + lag] * x[i + lag];
                }
                double r = xy / Math.sqrt(xx * yy + 1e-9);
                if (r > best) {
                    best = r;
                    bestLag = lag;
                }
            }
            if (best >= 0.5) {
                f0s.add((double) sampleRate / bestLag);
            }
        }
        if (f0s.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = f0s.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static double rms(double[] x, int length) {
        double sum = 0;
        for (int i = 0; i < length; i++) {
            sum += x[i] * x[i];
        }
        return Math.sqrt(sum / length);
    }
}
