package dev.recast.ingest;

import java.util.Optional;

/**
 * A piece of caption text to read, once: what a cue line adds to the text before it.
 *
 * @param number the 1-based number of the caption file line holding the text
 * @param breakLine the line a paragraph break before this text is numbered with: its cue's
 *     timing line, which is never text
 * @param time when its words are spoken
 * @param speaker the speaker its voice tag names, if any
 * @param newTurn whether the file marks a new turn here without naming the speaker
 * @param text the words, markup removed; never blank
 */
record CaptionLine(int number, int breakLine, SourceTime time, Optional<String> speaker, boolean newTurn,
        String text) {
    CaptionLine {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a caption line has text");
        }
        text = text.strip();
    }
}
