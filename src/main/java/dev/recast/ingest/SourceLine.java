package dev.recast.ingest;

import java.util.Optional;

/**
 * One line of a section as read: its 1-based line number in the file, its text (no line ending)
 * and, for caption text, where it stood in the original recording.
 */
public record SourceLine(int number, String text, Optional<SourceTime> time) {
    public SourceLine {
        if (number < 1) {
            throw new IllegalArgumentException("line numbers start at 1: " + number);
        }
        if (text == null || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a source line holds no line break");
        }
        if (time == null) {
            throw new IllegalArgumentException("a source line's time is present or empty, never null");
        }
    }

    public SourceLine(int number, String text) {
        this(number, text, Optional.empty());
    }
}
