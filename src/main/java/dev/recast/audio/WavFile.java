package dev.recast.audio;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a WAV file declares about its audio: the format, how many frames its {@code data} chunk
 * holds, its cue points with their {@code labl} labels ({@code ""} for a cue without one), and its
 * {@code LIST INFO} texts by four-character id, in file order.
 */
public record WavFile(PcmFormat format, long frames, List<CuePoint> cues, Map<String, String> info) {
    public WavFile {
        if (format == null || cues == null || info == null) {
            throw new IllegalArgumentException("a WAV file has a format and (possibly empty) cue and info lists");
        }
        if (frames < 0) {
            throw new IllegalArgumentException("negative frame count: " + frames);
        }
        cues = List.copyOf(cues);
        info = Collections.unmodifiableMap(new LinkedHashMap<>(info));
    }

    public WavFile(PcmFormat format, long frames, List<CuePoint> cues) {
        this(format, frames, cues, Map.of());
    }
}
