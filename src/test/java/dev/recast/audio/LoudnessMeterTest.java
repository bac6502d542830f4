package dev.recast.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** BS.1770-4 loudness against known values (EBU Tech 3341 style signals) and against ffmpeg. */
class LoudnessMeterTest {

    @TempDir
    Path dir;

    /** A sine of {@code peakDbfs} for {@code seconds}. */
    static short[] sine(int rate, double hz, double peakDbfs, double seconds) {
        short[] samples = new short[(int) Math.round(rate * seconds)];
        double amplitude = 32767 * Math.pow(10, peakDbfs / 20);
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) Math.round(amplitude * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return samples;
    }

    static short[] concat(short[]... parts) {
        int length = 0;
        for (short[] part : parts) {
            length += part.length;
        }
        short[] all = new short[length];
        int at = 0;
        for (short[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    static double lufs(int rate, short[] samples) {
        LoudnessMeter meter = new LoudnessMeter(rate);
        // Odd buffer sizes, so blocks straddle calls.
        for (int at = 0; at < samples.length; at += 1237) {
            meter.add(samples, at, Math.min(1237, samples.length - at));
        }
        return meter.integrated();
    }

    @Test
    void theSumsDoNotDependOnHowTheSamplesAreFed() {
        short[] speech = speechLike(16_000, 2);
        short[] withSilence = concat(speech, new short[2345], speech);
        LoudnessMeter whole = new LoudnessMeter(16_000, 700);
        whole.add(withSilence, 0, withSilence.length);
        LoudnessMeter pieces = new LoudnessMeter(16_000, 700);
        for (int at = 0; at < speech.length; at += 1237) {
            pieces.add(speech, at, Math.min(1237, speech.length - at));
        }
        pieces.addSilence(2345);
        pieces.add(speech, 0, speech.length);
        assertArrayEquals(whole.stepSums(), pieces.stepSums());
    }

    @Test
    void aMeterOfAStretchReadsNoLoudnessOfItsOwnWhereverItStarts() {
        // Its sums are on the whole signal's grid, which a stretch 100 samples in does not start on.
        LoudnessMeter stretch = new LoudnessMeter(16_000, 100);
        stretch.add(speechLike(16_000, 1), 0, 16_000);
        assertThrows(IllegalStateException.class, stretch::integrated);
    }

    @Test
    void aFullScaleSineAt1kHzReadsMinus3Lufs() {
        assertEquals(-3.01, lufs(48_000, sine(48_000, 1000, 0, 10)), 0.02);
    }

    @ParameterizedTest
    @ValueSource(ints = {16_000, 22_050, 44_100, 48_000})
    void aSineAtMinus20DbfsReadsMinus23LufsAtAnyRate(int rate) {
        // The K-weighting is about 0 dB at 997 Hz whatever the rate, once derived for that rate.
        assertEquals(-23.0, lufs(rate, sine(rate, 997, -20, 20)), 0.1);
    }

    @Test
    void silenceIsGatedOutAbsolutely() {
        short[] tone = sine(16_000, 997, -20, 10);
        short[] withSilence = concat(new short[16_000 * 10], tone, new short[16_000 * 20]);
        // Only the few blocks straddling the tone's ends, part silent, differ.
        assertEquals(lufs(16_000, tone), lufs(16_000, withSilence), 0.2);
        assertEquals(-23.0, lufs(16_000, withSilence), 0.2);
    }

    @Test
    void quietPassagesFallUnderTheRelativeGate() {
        // Tech 3341 case 3: -36, -23, -36 dB passages read as the -23 one alone.
        short[] signal = concat(sine(48_000, 1000, -33, 10), sine(48_000, 1000, -20, 60),
                sine(48_000, 1000, -33, 10));
        assertEquals(-23.0, lufs(48_000, signal), 0.1);
    }

    @Test
    void twoLevelsAboveTheGatesAverageTheirPower() {
        short[] signal = concat(sine(48_000, 1000, -20, 20), sine(48_000, 1000, -26, 20));
        double expected = 10 * Math.log10((Math.pow(10, -2.3) + Math.pow(10, -2.9)) / 2);
        assertEquals(expected, lufs(48_000, signal), 0.1);
    }

    @Test
    void silenceHasNoLoudness() {
        assertEquals(Double.NEGATIVE_INFINITY, lufs(16_000, new short[16_000 * 5]));
    }

    @ParameterizedTest
    @ValueSource(ints = {16_000, 44_100})
    void agreesWithFfmpeg(int rate) throws IOException {
        short[] speechLike = speechLike(rate, 30);
        Path wav = dir.resolve("speech-" + rate + ".wav");
        try (OutputStream out = Files.newOutputStream(wav)) {
            WavWriter.write(out, new PcmFormat(rate, 16, 1), List.of(), speechLike);
        }
        Loudness ffmpeg = FfmpegLoudness.of(wav);
        Loudness ours = Loudness.of(new ArraySource(speechLike), rate);
        assertEquals(ffmpeg.integratedLufs(), ours.integratedLufs(), 0.15, "integrated loudness");
        assertEquals(ffmpeg.truePeakDbtp(), ours.truePeakDbtp(), 0.3, "true peak");
    }

    /**
     * Bursts of several partials between 150 Hz and 6 kHz, at varying levels, with gaps: loud
     * and quiet blocks for both gates, and energy where the K-weighting shelf matters.
     */
    static short[] speechLike(int rate, int seconds) {
        short[] samples = new short[rate * seconds];
        double[] partials = {150, 420, 1250, 2900, 6000};
        for (int i = 0; i < samples.length; i++) {
            double t = (double) i / rate;
            int burst = (int) (t / 0.7);
            if (burst % 4 == 3) {
                continue;
            }
            double level = 0.08 + 0.05 * (burst % 3);
            double value = 0;
            for (int p = 0; p < partials.length; p++) {
                value += Math.sin(2 * Math.PI * partials[p] * t + p) / (p + 1);
            }
            samples[i] = (short) Math.round(32767 * level * value);
        }
        return samples;
    }

    /** A whole array as a source. */
    static final class ArraySource implements PcmSource {
        private final short[] samples;
        private int position;

        ArraySource(short[] samples) {
            this.samples = samples;
        }

        @Override
        public int read(short[] buffer, int offset, int length) {
            if (position == samples.length) {
                return -1;
            }
            int n = Math.min(length, samples.length - position);
            System.arraycopy(samples, position, buffer, offset, n);
            position += n;
            return n;
        }
    }
}
