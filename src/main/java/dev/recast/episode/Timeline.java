package dev.recast.episode;

import dev.recast.audio.PcmFormat;
import java.util.List;

/**
 * The episode as exact sample offsets: every output (WAV cues, playlists, chapter files, captions)
 * is derived from this one value, so they agree to the sample.
 */
public record Timeline(PcmFormat format, List<SectionSpan> sections, List<Placed> utterances,
        List<Chapter> chapters, long totalSamples) {
    public Timeline {
        sections = List.copyOf(sections);
        utterances = List.copyOf(utterances);
        chapters = List.copyOf(chapters);
        long expected = 0;
        for (SectionSpan span : sections) {
            if (span.startSample() != expected) {
                throw new IllegalArgumentException("section " + span.index() + " starts at " + span.startSample()
                        + ", not where the previous one ends (" + expected + ")");
            }
            expected = span.endSample();
        }
        if (expected != totalSamples) {
            throw new IllegalArgumentException("sections end at " + expected + ", episode at " + totalSamples);
        }
    }

    /** Unrounded seconds at this timeline's rate, for people (summaries, logs); files round in publish. */
    public double seconds(long samples) {
        return (double) samples / format.sampleRate();
    }
}
