package dev.recast.publish;

import dev.recast.episode.Timeline;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The one rounding of a sample offset to the seconds the published files show: to the nearest
 * millisecond (halves up), as a decimal with exactly three places.
 *
 * <p>A duration is the difference of its rounded ends, never a rounded length, so durations laid
 * end to end add up exactly to the rounded time where they end: the playlist's lengths sum to the
 * episode's duration, and each section's running total equals its start in chapters.json.
 */
public final class Seconds {

    private static final int MILLIS_PER_SECOND = 1000;
    private static final int DECIMALS = 3;

    private Seconds() {
    }

    /** The time of {@code sample} on the timeline. */
    static BigDecimal at(Timeline timeline, long sample) {
        return BigDecimal.valueOf(millis(timeline, sample), DECIMALS);
    }

    /** A time already in whole milliseconds (a caption's), written as {@link #at} writes one. */
    static BigDecimal ofMillis(long millis) {
        return BigDecimal.valueOf(millis, DECIMALS);
    }

    /** The time of {@code sample} in whole milliseconds, as {@link #at} rounds it. */
    static long millis(Timeline timeline, long sample) {
        return millis(sample, timeline.format().sampleRate());
    }

    /** The time of {@code sample} at {@code rate} Hz in whole milliseconds: the rounding every output shares. */
    public static long millis(long sample, int rate) {
        if (sample < 0) {
            throw new IllegalArgumentException("negative sample offset: " + sample);
        }
        // Integer arithmetic: a double would round some exact halves the wrong way.
        return (2 * sample * MILLIS_PER_SECOND + rate) / (2L * rate);
    }

    /** {@code hh:mm:ss.mmm} (WebVTT) or, with {@code ','}, {@code hh:mm:ss,mmm} (SRT) for {@code sample}. */
    static String clock(Timeline timeline, long sample, char decimalMark) {
        long millis = millis(timeline, sample);
        long seconds = millis / MILLIS_PER_SECOND;
        return String.format(Locale.ROOT, "%02d:%02d:%02d%c%03d", seconds / 3600, seconds / 60 % 60, seconds % 60,
                decimalMark, millis % MILLIS_PER_SECOND);
    }

    /** How long {@code [start, end)} lasts, consistent with {@link #at} at both ends. */
    static BigDecimal between(Timeline timeline, long start, long end) {
        return at(timeline, end).subtract(at(timeline, start));
    }
}
