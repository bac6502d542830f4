package dev.recast.segment;

/** What an utterance is, so each role can be voiced apart. */
public enum Role {
    NARRATION,
    QUOTE,
    HEADING
}
