package dev.recast.episode;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;

/** Readings in a map, for tests: what a render keeps for one render without a cache. */
final class MemoryReadings implements Readings {

    final Map<String, Double> values = new ConcurrentHashMap<>();
    final Map<String, double[]> series = new ConcurrentHashMap<>();

    @Override
    public OptionalDouble find(String name) {
        Double value = values.get(name);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    @Override
    public void record(String name, double value) {
        values.put(name, value);
    }

    @Override
    public Optional<double[]> findSeries(String name) {
        return Optional.ofNullable(series.get(name)).map(double[]::clone);
    }

    @Override
    public void recordSeries(String name, double[] values) {
        series.put(name, values.clone());
    }
}
