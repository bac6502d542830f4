package dev.recast.ingest;

/** One line of a section file as read: its 1-based line number and its text (no line ending). */
public record SourceLine(int number, String text) {
    public SourceLine {
        if (number < 1) {
            throw new IllegalArgumentException("line numbers start at 1: " + number);
        }
        if (text == null || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a source line holds no line break");
        }
    }
}
