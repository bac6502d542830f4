package dev.recast.episode;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;

/** Clip peaks in a map, for tests: what a render keeps for one render without a cache. */
final class MemoryPeaks implements ClipPeaks {

    final Map<String, Double> peaks = new ConcurrentHashMap<>();

    @Override
    public OptionalDouble find(String contentKey) {
        Double peak = peaks.get(contentKey);
        return peak == null ? OptionalDouble.empty() : OptionalDouble.of(peak);
    }

    @Override
    public void record(String contentKey, double peak) {
        peaks.put(contentKey, peak);
    }
}
