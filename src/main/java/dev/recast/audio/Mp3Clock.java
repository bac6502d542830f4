package dev.recast.audio;

/**
 * Where a sample of the episode's timeline plays in the MP3. The joins keep every sample where
 * the resampled timeline puts it, so a chapter's MP3 time is its timeline time.
 */
public final class Mp3Clock {

    private Mp3Clock() {
    }

    /** The 44.1 kHz MP3 sample nearest to {@code sample} of a timeline at {@code rate} Hz (after the tag's delay). */
    public static long sample(long sample, int rate) {
        return Math.floorDiv(2 * sample * Mp3Encoder.SAMPLE_RATE + rate, 2L * rate);
    }

    /** The MP3's time of {@code sample} in whole milliseconds, halves up, as every other output rounds it. */
    public static long millis(long sample, int rate) {
        return Math.floorDiv(2 * sample * 1000 + rate, 2L * rate);
    }
}
