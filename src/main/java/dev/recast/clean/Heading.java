package dev.recast.clean;

import dev.recast.ingest.SourceTime;
import java.util.Optional;
import java.util.function.Function;

/** A chapter title recovered from spoken markup: level 1 ("Heading"), level 2 ("Subheading"). */
public record Heading(String title, int level, int line) implements Block {
    public Heading {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a heading has a title");
        }
        if (level < 1 || level > 2) {
            throw new IllegalArgumentException("heading level is 1 or 2: " + level);
        }
        title = title.strip();
    }

    /** A title is read from text markup, which no caption file times. */
    @Override
    public Optional<SourceTime> sourceTime() {
        return Optional.empty();
    }

    @Override
    public <R> R match(Function<? super Heading, ? extends R> heading,
            Function<? super Paragraph, ? extends R> paragraph, Function<? super Quote, ? extends R> quote) {
        return heading.apply(this);
    }
}
