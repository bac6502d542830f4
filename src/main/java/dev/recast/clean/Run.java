package dev.recast.clean;

import dev.recast.ingest.SourceTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A stretch of a block's text said at one source time: a caption line's words, or a stretch of
 * plain text, which has no time.
 *
 * @param text stripped, never blank
 * @param time where it stood in the original recording; empty for plain text
 * @param pauseAfter whether the speech pauses after it: a sound annotation ("[laughter]") stood there
 */
public record Run(String text, Optional<SourceTime> time, boolean pauseAfter) {
    public Run {
        if (text == null || text.isBlank() || time == null) {
            throw new IllegalArgumentException("a block's text is never blank, and its time is present or empty");
        }
        text = text.strip();
    }

    /** Plain text, with no source time and no pause after it. */
    public Run(String text) {
        this(text, Optional.empty(), false);
    }

    /**
     * The runs as a block holds them: consecutive runs that nothing tells apart (plain text, or the
     * lines of one caption cue) are one run, so plain text is one run, as it was one string.
     */
    static List<Run> merged(List<Run> runs) {
        if (runs == null || runs.isEmpty()) {
            throw new IllegalArgumentException("a block has text");
        }
        List<Run> merged = new ArrayList<>();
        for (Run run : runs) {
            int last = merged.size() - 1;
            if (last >= 0 && !merged.get(last).pauseAfter && merged.get(last).time.equals(run.time)) {
                merged.set(last, new Run(merged.get(last).text + " " + run.text, run.time, run.pauseAfter));
            } else {
                merged.add(run);
            }
        }
        return List.copyOf(merged);
    }

    /** The runs' text, a space between runs. */
    static String text(List<Run> runs) {
        return String.join(" ", runs.stream().map(Run::text).toList());
    }

    /** From the first timed run's start to the last one's end; empty when no run is timed. */
    static Optional<SourceTime> sourceTime(List<Run> runs) {
        return runs.stream().map(Run::time).flatMap(Optional::stream).reduce(SourceTime::through);
    }
}
