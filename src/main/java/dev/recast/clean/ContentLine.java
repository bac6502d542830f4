package dev.recast.clean;

import dev.recast.ingest.SourceTime;
import java.util.Optional;

/**
 * A section line after mis-decoded text is repaired, before it is given structure.
 *
 * @param time where the line stood in the original recording, for caption text
 * @param pauseAfter whether the speech pauses after this line's text: a sound annotation
 *     ("[laughter]", "♪") stood there and was taken out
 */
record ContentLine(int number, String text, Optional<SourceTime> time, boolean pauseAfter) {

    ContentLine(int number, String text) {
        this(number, text, Optional.empty(), false);
    }

    ContentLine(int number, String text, Optional<SourceTime> time) {
        this(number, text, time, false);
    }

    /** The same line, source time and pause, holding {@code newText}. */
    ContentLine withText(String newText) {
        return new ContentLine(number, newText, time, pauseAfter);
    }

    /** The same line, followed by a pause. */
    ContentLine withPauseAfter() {
        return new ContentLine(number, text, time, true);
    }

    /** Blank when it holds only white space, no-break spaces included. */
    boolean isBlank() {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }
}
