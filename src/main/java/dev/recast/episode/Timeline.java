package dev.recast.episode;

import dev.recast.audio.PcmFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The episode as exact sample offsets: every output (WAV cues, playlists, chapter files, captions)
 * is derived from this one value, so they agree to the sample.
 *
 * @param sourceTiming how the utterances were fitted to the source's times; empty when they were
 *     laid one after another
 */
public record Timeline(PcmFormat format, List<SectionSpan> sections, List<Placed> utterances,
        List<Chapter> chapters, long totalSamples, Optional<SourceTiming> sourceTiming) {
    public Timeline {
        Objects.requireNonNull(sourceTiming, "sourceTiming");
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

    /** A timeline laid one utterance after another. */
    public Timeline(PcmFormat format, List<SectionSpan> sections, List<Placed> utterances, List<Chapter> chapters,
            long totalSamples) {
        this(format, sections, utterances, chapters, totalSamples, Optional.empty());
    }

    /** This timeline, laid by the source's times with {@code timing}'s speed-ups. */
    public Timeline withSourceTiming(SourceTiming timing) {
        return new Timeline(format, sections, utterances, chapters, totalSamples, Optional.of(timing));
    }

    /** Unrounded seconds at this timeline's rate, for people (summaries, logs); files round in publish. */
    public double seconds(long samples) {
        return (double) samples / format.sampleRate();
    }
}
