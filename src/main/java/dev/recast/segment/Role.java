package dev.recast.segment;

/** What an utterance is, so each role can be voiced apart and headings become chapters. */
public enum Role {
    NARRATION,
    QUOTE,
    /** A level-1 chapter title. */
    HEADING,
    /** A level-2 chapter title. */
    SUBHEADING;

    public boolean isHeading() {
        return this == HEADING || this == SUBHEADING;
    }

    /** The chapter level of a heading role. */
    public int chapterLevel() {
        return switch (this) {
            case HEADING -> 1;
            case SUBHEADING -> 2;
            default -> throw new IllegalStateException(this + " is not a heading");
        };
    }
}
