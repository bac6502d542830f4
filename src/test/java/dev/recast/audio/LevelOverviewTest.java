package dev.recast.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LevelOverviewTest {

    private static final PcmFormat FORMAT = PcmFormat.SPEECH_16K;

    /** Hands out {@code samples} at most {@code chunk} at a time, so buckets straddle reads. */
    private static PcmSource source(short[] samples, int chunk) {
        return new PcmSource() {
            private int position;

            @Override
            public int read(short[] buffer, int offset, int length) {
                if (position == samples.length) {
                    return -1;
                }
                int n = Math.min(Math.min(length, chunk), samples.length - position);
                System.arraycopy(samples, position, buffer, offset, n);
                position += n;
                return n;
            }
        };
    }

    /** One second of silence, one of a half-scale sine, one of silence. */
    private static short[] silenceToneSilence() {
        short[] samples = new short[3 * FORMAT.sampleRate()];
        short[] tone = TestSignal.sine(FORMAT, 440, FORMAT.sampleRate());
        System.arraycopy(tone, 0, samples, FORMAT.sampleRate(), tone.length);
        return samples;
    }

    @Test
    void aToneBetweenSilencesShowsInTheMiddleBucketsOnly() throws IOException {
        short[] samples = silenceToneSilence();
        LevelOverview overview = LevelOverview.of(source(samples, 1_000), samples.length, 30);

        List<LevelOverview.Level> levels = overview.levels();
        assertEquals(30, levels.size());
        for (int b = 0; b < 30; b++) {
            LevelOverview.Level level = levels.get(b);
            if (b < 10 || b >= 20) {
                assertEquals(new LevelOverview.Level(0, 0), level, "bucket " + b);
            } else {
                // 16 000 of 32 768 at its crest; a sine's RMS is its peak over √2.
                assertEquals(16_000 / 32_768.0, level.peak(), 1e-4, "bucket " + b);
                assertEquals(16_000 / 32_768.0 / Math.sqrt(2), level.rms(), 1e-3, "bucket " + b);
            }
        }
        assertEquals(16_000 / 32_768.0, overview.loudestPeak(), 1e-4);
    }

    @Test
    void bucketsOfUnevenLengthStillCoverEverySampleOnce() throws IOException {
        // 7 samples in 3 buckets: [0,2) [2,4) [4,7); a full-scale spike marks each bucket's last sample.
        short[] samples = {0, Short.MIN_VALUE, 0, 16_384, 0, 0, 8_192};
        LevelOverview overview = LevelOverview.of(source(samples, 2), samples.length, 3);

        assertEquals(List.of(1.0, 0.5, 0.25), overview.levels().stream().map(LevelOverview.Level::peak).toList());
        assertEquals(Math.sqrt(0.5), overview.levels().get(0).rms(), 1e-12);
        assertEquals(0.25 / Math.sqrt(3), overview.levels().get(2).rms(), 1e-12);
    }

    @Test
    void audioShorterThanTheBucketsLeavesSomeEmptyAndSilent() throws IOException {
        short[] samples = {100, 200};
        LevelOverview overview = LevelOverview.of(source(samples, 10), samples.length, 4);

        assertEquals(List.of(0.0, 100 / 32_768.0, 0.0, 200 / 32_768.0),
                overview.levels().stream().map(LevelOverview.Level::peak).toList());
    }

    @Test
    void audioOfAnotherLengthThanPromisedIsAnError() {
        short[] samples = silenceToneSilence();
        assertThrows(IOException.class, () -> LevelOverview.of(source(samples, 500), samples.length + 1, 10));
        assertThrows(IOException.class, () -> LevelOverview.of(source(samples, 500), samples.length - 1, 10));
    }

    @Test
    void aBuilderFedOnTheWayReadsAsTheWholePass() throws IOException {
        short[] samples = silenceToneSilence();
        LevelOverview.Builder builder = new LevelOverview.Builder(samples.length, 37);
        for (int at = 0; at < samples.length; at += 1237) {
            assertFalse(builder.isComplete());
            builder.add(samples, at, Math.min(1237, samples.length - at));
        }
        assertTrue(builder.isComplete());
        assertEquals(LevelOverview.of(source(samples, 4096), samples.length, 37), builder.build());

        LevelOverview.Builder longer = new LevelOverview.Builder(samples.length - 1, 37);
        longer.add(samples, 0, samples.length);
        assertFalse(longer.isComplete());
        assertThrows(IOException.class, longer::build);
    }
}
