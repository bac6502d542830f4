package dev.recast.audio;

import java.io.IOException;

/** A file that is not an MP3 file {@link Mp3Reader} can read; a type of its own, as {@link WavFormatException}. */
public class Mp3FormatException extends IOException {
    public Mp3FormatException(String message) {
        super(message);
    }
}
