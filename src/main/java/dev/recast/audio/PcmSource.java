package dev.recast.audio;

import java.io.IOException;

/**
 * Mono 16-bit samples pulled in order, a buffer at a time, so an episode of any length streams
 * through writers, meters and encoders without being held in memory.
 */
public interface PcmSource {

    /**
     * Fills {@code buffer[offset, offset + length)} as far as it can.
     *
     * @return the number of samples read, at least 1 when {@code length > 0}, or -1 at the end
     */
    int read(short[] buffer, int offset, int length) throws IOException;
}
