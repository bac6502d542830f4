package dev.recast.ingest;

/**
 * One text line of a caption cue (WebVTT or SRT), markup taken out, with the timing of its cue.
 *
 * @param number the line's 1-based number in the caption file
 * @param startMillis when its cue starts
 * @param endMillis when its cue ends
 * @param speaker the voice the file names for it ({@code <v Name>}), or null when it names none
 * @param newTurn whether the file marks a new speaker's turn here (an SRT line's leading dash)
 * @param text the words, tags and entities resolved; never blank
 */
record CaptionLine(int number, long startMillis, long endMillis, String speaker, boolean newTurn, String text) {
    CaptionLine {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a caption line has text");
        }
        text = text.strip();
    }
}
