package dev.recast.episode;

import dev.recast.segment.Utterance;

/**
 * An utterance placed on the timeline: speech from {@code startSample} to {@code speechEndSample},
 * then silence up to {@code endSample}, where the next utterance starts.
 */
public record Placed(Utterance utterance, long startSample, long speechEndSample, long endSample) {
    public Placed {
        if (startSample < 0 || speechEndSample < startSample || endSample < speechEndSample) {
            throw new IllegalArgumentException("invalid placement of " + utterance.id() + ": "
                    + startSample + ".." + speechEndSample + ".." + endSample);
        }
    }

    public long pauseSamples() {
        return endSample - speechEndSample;
    }
}
