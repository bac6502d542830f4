package dev.recast.pipeline;

import dev.recast.episode.ContentDigest;
import dev.recast.episode.Readings;
import dev.recast.synth.UtteranceCache;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Readings kept in memory for the render and, when there is a cache, in the utterance cache
 * beside the clips for the renders after it. A reading's name holds the content key of what was
 * measured and the meter's settings, so changed samples or a changed meter never find an old
 * value; a damaged entry reads as none, and the samples are measured again.
 */
final class KeptReadings implements Readings {

    private final Map<String, Double> memory = new ConcurrentHashMap<>();
    private final UtteranceCache cache;

    /** @param cache where readings are kept across renders; null for nowhere */
    KeptReadings(UtteranceCache cache) {
        this.cache = cache;
    }

    @Override
    public OptionalDouble find(String name) throws IOException {
        Double value = memory.get(name);
        if (value != null) {
            return OptionalDouble.of(value);
        }
        byte[] kept = cache == null ? null : cache.readBytes(entryKey(name));
        if (kept == null || kept.length != Double.BYTES) {
            return OptionalDouble.empty();
        }
        double read = ByteBuffer.wrap(kept).getDouble();
        memory.put(name, read);
        return OptionalDouble.of(read);
    }

    @Override
    public void record(String name, double value) throws IOException {
        if (memory.put(name, value) == null && cache != null) {
            cache.writeBytes(entryKey(name), ByteBuffer.allocate(Double.BYTES).putDouble(value).array());
        }
    }

    /**
     * From the cache only: a render measures each stretch once anyway, and an episode's series
     * held in memory would grow with its length.
     */
    @Override
    public Optional<double[]> findSeries(String name) throws IOException {
        byte[] kept = cache == null ? null : cache.readBytes(entryKey(name));
        if (kept == null || kept.length % Double.BYTES != 0) {
            return Optional.empty();
        }
        double[] values = new double[kept.length / Double.BYTES];
        ByteBuffer.wrap(kept).asDoubleBuffer().get(values);
        return Optional.of(values);
    }

    @Override
    public void recordSeries(String name, double[] values) throws IOException {
        if (cache != null) {
            ByteBuffer bytes = ByteBuffer.allocate(values.length * Double.BYTES);
            bytes.asDoubleBuffer().put(values);
            cache.writeBytes(entryKey(name), bytes.array());
        }
    }

    private static String entryKey(String name) {
        return ContentDigest.of("reading", name);
    }
}
