package dev.recast.audio;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an episode into parts that are encoded on their own and joined frame by frame without a
 * gap or a shift.
 *
 * <p>A part's frames decode to its encoder delay, its samples, then its padding; joined, those
 * extra samples would push everything after the junction later. So each next part starts that
 * many samples after the cut (the skipped samples must be silence, which is why cuts sit inside
 * pauses), and every sample of the joined stream lands exactly where the unbroken timeline puts
 * it: only the first part's delay and the last part's padding remain, which the info frame names.
 */
public final class Mp3Joins {

    /** The most samples a junction skips: the encoder delay plus the largest padding. */
    public static final int MAX_SKIPPED = 2 * Mp3Encoder.SAMPLES_PER_FRAME - 1;

    /** Samples {@code [start, end)} of the 44.1 kHz timeline, encoded as one part. */
    public record Part(long start, long end) {
        public Part {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("empty or negative part " + start + ".." + end);
            }
        }

        public long samples() {
            return end - start;
        }
    }

    private Mp3Joins() {
    }

    /**
     * The grid, in samples at {@code sampleRate}, on which a section must start for its part to be
     * the same wherever it sits: whole 44.1 kHz samples at the resampler's phase zero, and whole
     * frames (1.28 s at 16 kHz). A part then starts a fixed distance before its section (every
     * part is whole frames from a start on the frame grid), whatever the parts before it hold.
     */
    public static long sectionGrid(int sampleRate) {
        long frame = (long) Mp3Encoder.SAMPLES_PER_FRAME * sampleRate;
        return frame / BigInteger.valueOf(Mp3Encoder.SAMPLE_RATE).gcd(BigInteger.valueOf(frame)).longValueExact();
    }

    /**
     * The parts of {@code samples} cut at {@code cuts} (ascending); a cut too close to the one
     * before or to the end for its skip is left out, so every part keeps some samples.
     */
    public static List<Part> plan(long samples, List<Long> cuts) {
        if (samples <= 0) {
            throw new IllegalArgumentException("nothing to encode: " + samples + " samples");
        }
        List<Part> parts = new ArrayList<>();
        long start = 0;
        for (long cut : cuts) {
            long next = cut < start ? Long.MAX_VALUE : cut + skipped(cut - start);
            if (cut > start && next < samples) {
                parts.add(new Part(start, cut));
                start = next;
            }
        }
        parts.add(new Part(start, samples));
        return parts;
    }

    /** How many samples after a part of {@code samples} the next part starts. */
    static long skipped(long samples) {
        return Mp3Encoder.ENCODER_DELAY + Mp3Encoder.padding(samples);
    }
}
