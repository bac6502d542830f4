package dev.recast.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The oversampled peak finds what lies between samples. */
class TruePeakTest {

    /** The true peak of {@code samples}, in dBTP. */
    static double dbtp(short[] samples) {
        TruePeak meter = new TruePeak();
        meter.add(samples, 0, samples.length);
        meter.flush();
        return TruePeak.decibels(meter.linear());
    }

    @Test
    void aSineSampledOnItsPeaksReadsItsPeak() {
        // 4 kHz at 16 kHz: samples at 0, +A, 0, -A; the true peak is the sample peak.
        assertEquals(-6.0, dbtp(LoudnessMeterTest.sine(16_000, 4000, -6, 1)), 0.1);
    }

    @Test
    void aSineSampledBetweenItsPeaksReadsAboveItsSamples() {
        // fs/4 with a 45° phase: every sample is at 0.707 of the peak, the true peak is 3 dB higher.
        short[] samples = new short[16_000];
        double amplitude = 0.5 * 32767;
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) Math.round(amplitude * Math.sin(Math.PI / 2 * i + Math.PI / 4));
        }
        double samplePeak = TruePeak.decibels(Math.abs(samples[0]) / 32768.0);
        double truePeak = dbtp(samples);
        assertEquals(samplePeak + 3.01, truePeak, 0.2);
        assertEquals(-6.02, truePeak, 0.2);
    }

    @Test
    void skippingBlocksThatCannotPassThePeakGivesExactlyThePeakOfFilteringEverySample() {
        java.util.Random random = new java.util.Random(7);
        for (int trial = 0; trial < 20; trial++) {
            // Quiet noise with rare loud bursts, fed in uneven pieces so blocks straddle the calls.
            short[] samples = new short[20_000 + random.nextInt(5_000)];
            for (int i = 0; i < samples.length; i++) {
                boolean burst = i % 3000 < 40 + trial;
                samples[i] = (short) (random.nextGaussian() * (burst ? 9000 : 300));
            }
            TruePeak every = new TruePeak();
            double expected = 0;
            for (short sample : samples) {
                expected = Math.max(expected, every.push(sample / 32768.0));
            }
            TruePeak skipping = new TruePeak();
            for (int at = 0; at < samples.length; ) {
                int piece = Math.min(samples.length - at, 1 + random.nextInt(200));
                skipping.add(samples, at, piece);
                at += piece;
            }
            assertEquals(expected, skipping.linear(), 0.0, "trial " + trial);
        }
    }

    @Test
    void silenceHasNoPeak() {
        assertTrue(Double.isInfinite(dbtp(new short[1000])));
    }
}
