package dev.recast.storage;

import dev.recast.episode.ContentDigest;
import dev.recast.episode.Readings;
import dev.recast.synth.UtteranceCache;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Readings kept in memory for the render and, when there is a cache, in the utterance cache for
 * the renders after it. A reading's name holds the content key of what was measured and the
 * meter's settings, so changed samples or a changed meter never find an old value; a damaged
 * entry reads as none, and the samples are measured again.
 *
 * <p>The single values (each clip's true peak, an episode's loudness) are kept together, in one
 * entry a render {@link #store stores} and the next render into the same folder
 * {@link #load loads}: an hour of speech takes some 1,300 of them, and a file of its own for
 * each took 0.1 to 1.3 s of the render's threads, more the busier the file system was. A
 * stretch's series of step sums is larger, and is kept in an entry of its own.
 */
public final class KeptReadings implements Readings {

    /** A value in the stored entry: the digest of its name, then the value. */
    private static final int DIGEST_BYTES = 32;
    private static final int VALUE_BYTES = DIGEST_BYTES + Double.BYTES;

    /** Every value this render took or found, by name: what the next render may ask for. */
    private final Map<String, Double> memory = new ConcurrentHashMap<>();
    /** The values the last render stored, by the digest of their names. */
    private final Map<String, Double> last;
    /** The key they were found under, when they were. */
    private final Optional<String> lastKey;
    private final UtteranceCache cache;

    private KeptReadings(UtteranceCache cache, Map<String, Double> last, Optional<String> lastKey) {
        this.cache = cache;
        this.last = last;
        this.lastKey = lastKey;
    }

    /**
     * The readings of a render: those the last render stored under {@code lastEntry} (a key its
     * {@link #store} returned), when {@code cache} still holds that entry whole, to be found again.
     *
     * @param cache where readings are kept across renders; null for nowhere
     */
    public static KeptReadings load(UtteranceCache cache, Optional<String> lastEntry) throws IOException {
        byte[] kept = cache == null || lastEntry.isEmpty() ? null : cache.readBytes(lastEntry.get());
        if (kept == null || kept.length % VALUE_BYTES != 0) {
            return new KeptReadings(cache, Map.of(), Optional.empty());
        }
        Map<String, Double> last = new ConcurrentHashMap<>();
        ByteBuffer values = ByteBuffer.wrap(kept);
        byte[] digest = new byte[DIGEST_BYTES];
        while (values.hasRemaining()) {
            values.get(digest);
            last.put(HexFormat.of().formatHex(digest), values.getDouble());
        }
        return new KeptReadings(cache, last, lastEntry);
    }

    @Override
    public OptionalDouble find(String name) {
        Double value = memory.get(name);
        if (value == null) {
            value = last.isEmpty() ? null : last.get(entryKey(name));
            if (value == null) {
                return OptionalDouble.empty();
            }
            memory.put(name, value);
        }
        return OptionalDouble.of(value);
    }

    @Override
    public void record(String name, double value) {
        memory.put(name, value);
    }

    /**
     * Stores the values this render took or found as one entry, in the order of their digests so
     * that the same values make the same entry, and returns its key; empty without a cache. A
     * value of the last render this one did not ask for is left out, so the entry follows the
     * episode rather than growing with every edit.
     */
    public Optional<String> store() throws IOException {
        if (cache == null) {
            return Optional.empty();
        }
        Map<String, Double> byDigest = new TreeMap<>();
        memory.forEach((name, value) -> byDigest.put(entryKey(name), value));
        ByteBuffer values = ByteBuffer.allocate(byDigest.size() * VALUE_BYTES);
        byDigest.forEach((digest, value) -> values.put(HexFormat.of().parseHex(digest)).putDouble(value));
        String key = new ContentDigest().add("readings").add(values.array()).hex();
        // A render that measured nothing new finds the entry it loaded, whole, and leaves it be.
        if (!lastKey.equals(Optional.of(key))) {
            cache.writeBytes(key, values.array());
        }
        return Optional.of(key);
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

    /** A reading's name as a digest: the key of a series' entry, and a value's name in the stored entry. */
    private static String entryKey(String name) {
        return ContentDigest.of("reading", name);
    }
}
