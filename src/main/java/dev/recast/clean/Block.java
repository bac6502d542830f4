package dev.recast.clean;

import dev.recast.ingest.SourceTime;
import java.util.Optional;
import java.util.function.Function;

/**
 * One structural unit of a cleaned section, in reading order. Code that treats the kinds apart asks
 * {@link #match}, which takes one function per kind: a new kind of block adds a parameter there, so
 * every such caller fails to compile until it says what the new kind means to it.
 */
public sealed interface Block permits Heading, RunningText {

    /** The source line the block starts on (1-based), for messages and reports. */
    int line();

    /** Where the block's text was said in the original recording, when a caption file timed it. */
    Optional<SourceTime> sourceTime();

    /** What the function for this block's kind gives for it. */
    <R> R match(Function<? super Heading, ? extends R> heading, Function<? super Paragraph, ? extends R> paragraph,
            Function<? super Quote, ? extends R> quote);

    /** What the function for a heading, or the one for any running text, gives for this block. */
    default <R> R match(Function<? super Heading, ? extends R> heading,
            Function<? super RunningText, ? extends R> running) {
        return match(heading, running, running);
    }

    /** This block, if it is a heading. */
    default Optional<Heading> asHeading() {
        return match(Optional::of, running -> Optional.empty());
    }

    /** This block, if it is running text (a paragraph or a quote). */
    default Optional<RunningText> asRunningText() {
        return match(heading -> Optional.empty(), Optional::of);
    }
}
