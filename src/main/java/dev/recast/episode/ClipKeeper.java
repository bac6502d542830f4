package dev.recast.episode;

import java.io.IOException;

/**
 * Keeps what a costly clip source gives, to be read back cheaply: levelled clips are peak-limited
 * on every read, and the episode is read once per output. What {@link #keep} returns stays
 * valid until the next call.
 */
public interface ClipKeeper {

    /** Reads every clip of {@code clips} once and returns a source giving the same samples. */
    ClipSource keep(ClipSource clips) throws IOException;
}
