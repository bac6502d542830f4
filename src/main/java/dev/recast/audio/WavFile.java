package dev.recast.audio;

import java.util.List;

/**
 * What a WAV file declares about its audio: the format, how many frames its {@code data} chunk
 * holds, and its cue points with their {@code labl} labels ({@code ""} for a cue without one).
 */
public record WavFile(PcmFormat format, long frames, List<CuePoint> cues) {
    public WavFile {
        if (format == null || cues == null) {
            throw new IllegalArgumentException("a WAV file has a format and a (possibly empty) cue list");
        }
        if (frames < 0) {
            throw new IllegalArgumentException("negative frame count: " + frames);
        }
        cues = List.copyOf(cues);
    }
}
