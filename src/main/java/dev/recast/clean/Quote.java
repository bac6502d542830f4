package dev.recast.clean;

import dev.recast.ingest.SourceTime;
import java.util.List;
import java.util.Optional;

/**
 * A quoted passage ("Quote … End quote"); markup words inside it are part of the quote.
 *
 * @param runs the text, in the stretches the source timed apart (see {@link Run#merged})
 */
public record Quote(List<Run> runs, String speaker, int line) implements Block {
    public Quote {
        runs = Run.merged(runs);
    }

    /** Plain text, untimed. */
    public Quote(String text, String speaker, int line) {
        this(List.of(new Run(requireText(text))), speaker, line);
    }

    public String text() {
        return Run.text(runs);
    }

    /** Where the quote stood in the original recording, when its source was timed. */
    @Override
    public Optional<SourceTime> sourceTime() {
        return Run.sourceTime(runs);
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a quote has text");
        }
        return text;
    }
}
