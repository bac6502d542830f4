package dev.recast.synth;

import dev.recast.audio.PcmFormat;
import dev.recast.segment.Utterance;

/** The synthesized audio of one utterance: mono 16-bit samples in {@code format}. */
public record Clip(Utterance utterance, PcmFormat format, short[] samples) {
    public Clip {
        if (utterance == null || format == null || samples == null) {
            throw new IllegalArgumentException("a clip has an utterance, a format and samples");
        }
        if (format.channels() != 1 || format.bitsPerSample() != 16) {
            throw new IllegalArgumentException("clips are mono 16-bit: " + format);
        }
    }
}
