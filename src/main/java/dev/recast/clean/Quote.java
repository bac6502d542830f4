package dev.recast.clean;

import java.util.List;
import java.util.function.Function;

/** A quoted passage ("Quote … End quote", "> "); markup words inside it are part of the quote. */
public record Quote(List<Run> runs, String speaker, int line) implements RunningText {
    public Quote {
        runs = Run.merged(runs);
    }

    /** Plain text, untimed. */
    public Quote(String text, String speaker, int line) {
        this(List.of(new Run(text)), speaker, line);
    }

    @Override
    public Quote withRuns(List<Run> newRuns) {
        return new Quote(newRuns, speaker, line);
    }

    @Override
    public <R> R match(Function<? super Heading, ? extends R> heading,
            Function<? super Paragraph, ? extends R> paragraph, Function<? super Quote, ? extends R> quote) {
        return quote.apply(this);
    }
}
