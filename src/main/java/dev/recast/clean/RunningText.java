package dev.recast.clean;

import dev.recast.ingest.SourceTime;
import java.util.List;
import java.util.Optional;

/** A block of running text, a paragraph or a quote: one speaker's words in the runs the source timed apart. */
public sealed interface RunningText extends Block permits Paragraph, Quote {

    /** The text, in the stretches the source timed apart (see {@link Run#merged}). */
    List<Run> runs();

    /** Who speaks it; null when the transcript names no one. */
    String speaker();

    /** The same block, of the same speaker and line, holding {@code newRuns}. */
    RunningText withRuns(List<Run> newRuns);

    /** The runs' text, a space between runs. */
    default String text() {
        return Run.text(runs());
    }

    /** From the first timed run's start to the last one's end, when the source was timed. */
    @Override
    default Optional<SourceTime> sourceTime() {
        return Run.sourceTime(runs());
    }
}
