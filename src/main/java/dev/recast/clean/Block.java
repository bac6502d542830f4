package dev.recast.clean;

/** One structural unit of a cleaned section, in reading order. */
public sealed interface Block permits Heading, Paragraph, Quote {

    /** The source line the block starts on (1-based), for messages and reports. */
    int line();
}
