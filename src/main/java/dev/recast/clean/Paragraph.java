package dev.recast.clean;

import java.util.List;
import java.util.function.Function;

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

    @Override
    public <R> R match(Function<? super Heading, ? extends R> heading,
            Function<? super Paragraph, ? extends R> paragraph, Function<? super Quote, ? extends R> quote) {
        return paragraph.apply(this);
    }
}
