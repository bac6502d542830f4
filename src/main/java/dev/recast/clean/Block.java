package dev.recast.clean;

import dev.recast.ingest.SourceTime;
import java.util.Optional;

/** One structural unit of a cleaned section, in reading order. */
public sealed interface Block permits Heading, RunningText {

    /** The source line the block starts on (1-based), for messages and reports. */
    int line();

    /** Where the block's text was said in the original recording, when a caption file timed it. */
    Optional<SourceTime> sourceTime();
}
