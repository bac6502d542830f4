package dev.recast.episode;

/**
 * Where a section lies in the episode; its audio, trailing pause included, is
 * {@code [startSample, endSample)}, so the section files laid end to end are the episode.
 */
public record SectionSpan(int index, String title, String source, long startSample, long endSample) {
    public SectionSpan {
        if (index < 1 || startSample < 0 || endSample < startSample) {
            throw new IllegalArgumentException("invalid section span " + index + ": " + startSample + ".." + endSample);
        }
    }

    public long lengthSamples() {
        return endSample - startSample;
    }
}
