package dev.recast.publish;

import dev.recast.episode.Timeline;
import java.math.BigDecimal;

/**
 * The one rounding of a sample offset to the seconds the published files show: to the nearest
 * millisecond (halves up), as a decimal with exactly three places.
 *
 * <p>A duration is the difference of its rounded ends, never a rounded length, so durations laid
 * end to end add up exactly to the rounded time where they end: the playlist's lengths sum to the
 * episode's duration, and each section's running total equals its start in chapters.json.
 */
final class Seconds {

    private static final int MILLIS_PER_SECOND = 1000;
    private static final int DECIMALS = 3;

    private Seconds() {
    }

    /** The time of {@code sample} on the timeline. */
    static BigDecimal at(Timeline timeline, long sample) {
        if (sample < 0) {
            throw new IllegalArgumentException("negative sample offset: " + sample);
        }
        long rate = timeline.format().sampleRate();
        // Integer arithmetic: a double would round some exact halves the wrong way.
        long millis = (2 * sample * MILLIS_PER_SECOND + rate) / (2 * rate);
        return BigDecimal.valueOf(millis, DECIMALS);
    }

    /** How long {@code [start, end)} lasts, consistent with {@link #at} at both ends. */
    static BigDecimal between(Timeline timeline, long start, long end) {
        return at(timeline, end).subtract(at(timeline, start));
    }
}
