package dev.recast.audio;

import java.io.IOException;

/**
 * A file that is not a WAV file this package can read: truncated, malformed, or in a format it
 * does not support. An {@link IOException} so callers handle it with other read failures, but a
 * type of its own so a command can tell bad input from a failing disk.
 */
public class WavFormatException extends IOException {
    public WavFormatException(String message) {
        super(message);
    }
}
