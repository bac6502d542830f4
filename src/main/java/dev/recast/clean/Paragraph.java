package dev.recast.clean;

import java.util.List;

/** Running text of one speaker (null when the transcript names none). */
public record Paragraph(List<Run> runs, String speaker, int line) implements RunningText {
    public Paragraph {
        runs = Run.merged(runs);
    }

    /** Plain text, untimed. */
    public Paragraph(String text, String speaker, int line) {
        this(List.of(new Run(text)), speaker, line);
    }

    @Override
    public Paragraph withRuns(List<Run> newRuns) {
        return new Paragraph(newRuns, speaker, line);
    }
}
