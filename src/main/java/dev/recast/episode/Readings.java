package dev.recast.episode;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Measurements kept under a name for what was measured (the kind of reading and the content key
 * of the samples), so the same samples are measured once: a clip's true peak, an episode's
 * loudness. They are taken from here by later passes and, when kept in the cache, later renders.
 * Safe from several threads at once.
 */
public interface Readings {

    /** The value kept under {@code name}, if there is one. */
    OptionalDouble find(String name) throws IOException;

    /** Keeps {@code value} under {@code name}. */
    void record(String name, double value) throws IOException;

    /** The series of values kept under {@code name} (a stretch's energy step by step), if there is one. */
    Optional<double[]> findSeries(String name) throws IOException;

    /** Keeps {@code values} under {@code name}. */
    void recordSeries(String name, double[] values) throws IOException;
}
