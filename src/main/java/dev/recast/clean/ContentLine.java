package dev.recast.clean;

import dev.recast.ingest.SourceTime;
import java.util.Optional;

/** A section line after mis-decoded text is repaired, before it is given structure. */
record ContentLine(int number, String text, Optional<SourceTime> time) {

    ContentLine(int number, String text) {
        this(number, text, Optional.empty());
    }

    /** The same line, and the same source time, holding {@code newText}. */
    ContentLine withText(String newText) {
        return new ContentLine(number, newText, time);
    }

    /** Blank when it holds only white space, no-break spaces included. */
    boolean isBlank() {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }
}
