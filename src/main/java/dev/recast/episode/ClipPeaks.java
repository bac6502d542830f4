package dev.recast.episode;

import java.io.IOException;
import java.util.OptionalDouble;

/**
 * The true peaks of clips, each alone in silence, by the clip's content key: a clip's peak is
 * measured once, where it is made or first read, and later passes and renders take it from here.
 * Safe from several threads at once.
 */
public interface ClipPeaks {

    /** The linear true peak kept for {@code contentKey}, if there is one. */
    OptionalDouble find(String contentKey) throws IOException;

    /** Keeps the linear true peak of the clip named {@code contentKey}. */
    void record(String contentKey, double peak) throws IOException;
}
