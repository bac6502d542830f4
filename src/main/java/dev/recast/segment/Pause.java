package dev.recast.segment;

/** The silence that follows an utterance, named by meaning; its length comes from the voice profile. */
public enum Pause {
    /** Between the clauses of a long sentence split in two. */
    CLAUSE,
    /** Between sentences of a paragraph. */
    SENTENCE,
    /** Between paragraphs. */
    PARAGRAPH,
    /** Before a chapter heading; a heading is followed by a paragraph pause. */
    CHAPTER,
    /** At the end of a section. */
    SECTION
}
