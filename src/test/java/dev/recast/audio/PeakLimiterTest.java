package dev.recast.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Gain with a ceiling: peaks come down, the rest only gets the gain. */
class PeakLimiterTest {

    @Test
    void underTheCeilingItIsJustTheGain() {
        short[] clip = LoudnessMeterTest.sine(16_000, 440, -20, 1);
        short[] out = new PeakLimiter(-1.5, 16_000).apply(clip, 2.0).samples();
        for (int i = 0; i < clip.length; i++) {
            assertEquals(Math.round(clip[i] * 2.0), out[i], "sample " + i);
        }
    }

    @Test
    void shortPeaksAreHeldUnderTheCeilingOnTheOversampledSignal() {
        // A quiet tone with loud clicks between samples' reach, then 12 dB of gain.
        short[] clip = LoudnessMeterTest.sine(16_000, 440, -20, 2);
        for (int at = 1000; at < clip.length; at += 3000) {
            short[] burst = LoudnessMeterTest.sine(16_000, 3100, -4, 0.02);
            for (int i = 0; i < burst.length; i++) {
                clip[at + i] += burst[i];
            }
        }
        short[] out = new PeakLimiter(-1.5, 16_000).apply(clip, 4.0).samples();
        assertTrue(TruePeakTest.dbtp(out) <= -1.5, "true peak " + TruePeakTest.dbtp(out));
        assertTrue(TruePeakTest.dbtp(out) > -2.5, "limited to the ceiling, not below it: " + TruePeakTest.dbtp(out));
        // Away from the bursts (10 ms and more) the tone keeps its full gain.
        for (int i : new int[] {500, 2400, 3500, 5300}) {
            assertEquals(Math.round(clip[i] * 4.0), out[i], 1, "sample " + i);
        }
    }

    @Test
    void limitingIsDeterministic() {
        short[] clip = LoudnessMeterTest.speechLike(16_000, 3);
        PeakLimiter limiter = new PeakLimiter(-1.5, 16_000);
        assertArrayEquals(limiter.apply(clip, 6.0).samples(), limiter.apply(clip, 6.0).samples());
    }

    @Test
    void thePeakHandedBackIsTheTruePeakOfTheSamples() {
        short[] clip = LoudnessMeterTest.speechLike(16_000, 2);
        PeakLimiter limiter = new PeakLimiter(-1.5, 16_000);
        // Scaled only, then limited hard.
        for (double gain : new double[] {0.5, 8.0}) {
            PeakLimiter.Levelled levelled = limiter.apply(clip, gain);
            assertEquals(TruePeakTest.dbtp(levelled.samples()), TruePeak.decibels(levelled.truePeak()), 0.0,
                    "gain " + gain);
        }
    }

    @Test
    void aClipItLimitsHandsBackItsOwnPeakAsGiven() {
        short[] clip = LoudnessMeterTest.speechLike(16_000, 2);
        PeakLimiter limiter = new PeakLimiter(-1.5, 16_000);
        PeakLimiter.Levelled limited = limiter.apply(clip, 8.0);
        assertTrue(limited.sourcePeak().isPresent());
        assertEquals(TruePeakTest.dbtp(clip), TruePeak.decibels(limited.sourcePeak().getAsDouble()), 1e-12);
        // Scaled only: the limiter never read the clip's peak, so it claims none.
        assertTrue(limiter.apply(clip, 0.5).sourcePeak().isEmpty());
    }
}
