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
     * {@code buckets} levels. Bucket {@code b} covers samples {@code [b·total/buckets,
     * (b+1)·total/buckets)}, so buckets differ in length by at most one sample; when the audio is
     * shorter than the number of buckets, some are empty and silent.
     */
    public static LevelOverview of(PcmSource source, long totalSamples, int buckets) throws IOException {
        if (buckets < 1 || totalSamples < 0) {
            throw new IllegalArgumentException("cannot cut " + totalSamples + " samples into " + buckets + " buckets");
        }
        List<Level> levels = new ArrayList<>(buckets);
        short[] buffer = new short[BUFFER_SAMPLES];
        int filled = 0;
        int next = 0;
        long position = 0;
        for (int b = 0; b < buckets; b++) {
            long end = (b + 1) * totalSamples / buckets;
            int peak = 0;
            double sumOfSquares = 0;
            long count = end - position;
            while (position < end) {
                if (next == filled) {
                    filled = source.read(buffer, 0, buffer.length);
                    next = 0;
                    if (filled < 0) {
                        throw new IOException("audio ended at sample " + position + " of " + totalSamples);
                    }
                }
                int n = (int) Math.min(filled - next, end - position);
                for (int i = next; i < next + n; i++) {
                    int sample = buffer[i];
                    peak = Math.max(peak, Math.abs(sample));
                    sumOfSquares += (double) sample * sample;
                }
                next += n;
                position += n;
            }
            double rms = count == 0 ? 0 : Math.sqrt(sumOfSquares / count) / FULL_SCALE;
            levels.add(new Level(peak / FULL_SCALE, Math.min(rms, peak / FULL_SCALE)));
        }
        if (next < filled || source.read(buffer, 0, 1) >= 0) {
            throw new IOException("audio runs past its expected " + totalSamples + " samples");
        }
        return new LevelOverview(levels);
    }

    /** The highest peak of all buckets, 0 for silence. */
    public double loudestPeak() {
        return levels.stream().mapToDouble(Level::peak).max().orElse(0);
    }
}
