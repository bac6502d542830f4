package dev.recast.audio;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A coarse picture of loudness over a whole recording: its samples cut into equal buckets, each
 * with its peak and RMS level as a fraction of full scale, made in one pass over the audio.
 *
 * @param levels one per bucket, in time order
 */
public record LevelOverview(List<Level> levels) {

    private static final double FULL_SCALE = 32_768.0;
    private static final int BUFFER_SAMPLES = 8_192;

    /**
     * One bucket's level, each 0 (silence) to 1 (full scale).
     */
    public record Level(double peak, double rms) {
        public Level {
            if (!(peak >= 0 && peak <= 1) || !(rms >= 0 && rms <= peak)) {
                throw new IllegalArgumentException("invalid level: peak " + peak + ", rms " + rms);
            }
        }
    }

    public LevelOverview {
        levels = List.copyOf(levels);
    }

    /**
     * Reads {@code source} to its end, which must come after exactly {@code totalSamples}, into
     * {@code buckets} levels, as a {@link Builder} fed the same samples makes them.
     */
    public static LevelOverview of(PcmSource source, long totalSamples, int buckets) throws IOException {
        Builder builder = new Builder(totalSamples, buckets);
        short[] buffer = new short[BUFFER_SAMPLES];
        for (int n = source.read(buffer, 0, buffer.length); n >= 0; n = source.read(buffer, 0, buffer.length)) {
            builder.add(buffer, 0, n);
        }
        return builder.build();
    }

    /**
     * Makes an overview from samples fed in order, so it can be made on the way through a pass
     * that reads them anyway (the episode's WAV being written). Bucket {@code b} covers samples
     * {@code [b·total/buckets, (b+1)·total/buckets)}, so buckets differ in length by at most one
     * sample; when the audio is shorter than the number of buckets, some are empty and silent.
     */
    public static final class Builder {
        private final long totalSamples;
        private final int buckets;
        private final List<Level> levels = new ArrayList<>();
        private long position;
        private long bucketEnd;
        private int peak;
        /** Exact in a long: a bucket of 2^33 full-scale samples would pass it. */
        private long sumOfSquares;

        public Builder(long totalSamples, int buckets) {
            if (buckets < 1 || totalSamples < 0) {
                throw new IllegalArgumentException("cannot cut " + totalSamples + " samples into " + buckets
                        + " buckets");
            }
            this.totalSamples = totalSamples;
            this.buckets = buckets;
            this.bucketEnd = totalSamples / buckets;
            closeEmptyBuckets();
        }

        public void add(short[] samples, int offset, int length) {
            int at = offset;
            int end = offset + length;
            while (at < end && levels.size() < buckets) {
                int n = (int) Math.min(end - at, bucketEnd - position);
                // Summed in locals: the episode's WAV waits on this loop, and the quick compiler
                // the launcher runs reads and writes a field on every turn (3× as long).
                int bucketPeak = peak;
                long squares = sumOfSquares;
                for (int i = at; i < at + n; i++) {
                    int sample = samples[i];
                    bucketPeak = Math.max(bucketPeak, Math.abs(sample));
                    squares += sample * sample;
                }
                peak = bucketPeak;
                sumOfSquares = squares;
                at += n;
                position += n;
                closeEmptyBuckets();
            }
            position += end - at;
        }

        /** Whether exactly the samples expected have been fed. */
        public boolean isComplete() {
            return position == totalSamples;
        }

        public LevelOverview build() throws IOException {
            if (position < totalSamples) {
                throw new IOException("audio ended at sample " + position + " of " + totalSamples);
            }
            if (position > totalSamples) {
                throw new IOException("audio runs past its expected " + totalSamples + " samples");
            }
            return new LevelOverview(levels);
        }

        /** Closes the bucket the position has reached the end of, and any empty ones after it. */
        private void closeEmptyBuckets() {
            while (levels.size() < buckets && position == bucketEnd) {
                long start = (long) levels.size() * totalSamples / buckets;
                long count = bucketEnd - start;
                double rms = count == 0 ? 0 : Math.sqrt((double) sumOfSquares / count) / FULL_SCALE;
                levels.add(new Level(peak / FULL_SCALE, Math.min(rms, peak / FULL_SCALE)));
                peak = 0;
                sumOfSquares = 0;
                bucketEnd = (long) (levels.size() + 1) * totalSamples / buckets;
            }
        }
    }

    /** The highest peak of all buckets, 0 for silence. */
    public double loudestPeak() {
        return levels.stream().mapToDouble(Level::peak).max().orElse(0);
    }
}
