package dev.recast.ingest;

/**
 * A line that was not valid UTF-8 and how it was read anyway, so the user can check it.
 *
 * @param line 1-based line in the section file
 * @param repair what was done, e.g. "not valid UTF-8; read as Windows-1252"
 */
public record DecodingNote(int line, String repair) {
    public DecodingNote {
        if (line < 1) {
            throw new IllegalArgumentException("line numbers start at 1: " + line);
        }
        if (repair == null || repair.isBlank()) {
            throw new IllegalArgumentException("a decoding note says what was done");
        }
    }
}
