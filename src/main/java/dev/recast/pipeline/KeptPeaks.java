package dev.recast.pipeline;

import dev.recast.audio.TruePeak;
import dev.recast.episode.ClipPeaks;
import dev.recast.episode.ContentDigest;
import dev.recast.synth.UtteranceCache;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Clip peaks kept in memory for the render and, when there is a cache, in the utterance cache
 * beside the clips for the renders after it. A cached peak is named by the clip's content key and
 * the meter's settings, so a changed clip or meter never finds an old peak; a damaged entry reads
 * as none, and the clip is measured again.
 */
final class KeptPeaks implements ClipPeaks {

    private final Map<String, Double> memory = new ConcurrentHashMap<>();
    private final UtteranceCache cache;

    /** @param cache where peaks are kept across renders; null for nowhere */
    KeptPeaks(UtteranceCache cache) {
        this.cache = cache;
    }

    @Override
    public OptionalDouble find(String contentKey) throws IOException {
        Double peak = memory.get(contentKey);
        if (peak != null) {
            return OptionalDouble.of(peak);
        }
        byte[] kept = cache == null ? null : cache.readBytes(entryKey(contentKey));
        if (kept == null || kept.length != Double.BYTES) {
            return OptionalDouble.empty();
        }
        double read = ByteBuffer.wrap(kept).getDouble();
        memory.put(contentKey, read);
        return OptionalDouble.of(read);
    }

    @Override
    public void record(String contentKey, double peak) throws IOException {
        if (memory.put(contentKey, peak) == null && cache != null) {
            cache.writeBytes(entryKey(contentKey), ByteBuffer.allocate(Double.BYTES).putDouble(peak).array());
        }
    }

    private static String entryKey(String contentKey) {
        return ContentDigest.of("true peak", TruePeak.settings(), contentKey);
    }
}
