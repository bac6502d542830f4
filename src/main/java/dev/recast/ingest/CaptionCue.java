package dev.recast.ingest;

import java.util.List;
import java.util.Optional;

/**
 * One caption cue (WebVTT or SRT) as read, its markup taken apart: the lines of its text, each
 * with the words it shows and when each word is spoken.
 *
 * @param timingLine the 1-based line of the cue's timing line, never text: where a paragraph
 *     break that falls at this cue is said to stand
 * @param time when the cue is shown
 * @param lines its text lines in order; a voice tag inside a line starts a line of its own
 * @param markup its text as the file writes it, tags and all
 */
record CaptionCue(int timingLine, SourceTime time, List<CaptionCue.Line> lines, String markup) {

    CaptionCue {
        if (timingLine < 1 || markup == null) {
            throw new IllegalArgumentException("a cue has a timing line and its text as written");
        }
        lines = List.copyOf(lines);
    }

    /** The cue whose text is written on {@code text}, shown at {@code time}. */
    static CaptionCue read(int timingLine, SourceTime time, List<SourceLine> text) {
        return new CaptionCue(timingLine, time, CueMarkup.read(text, time),
                String.join("\n", text.stream().map(SourceLine::text).toList()));
    }

    /**
     * A piece of a cue's text on one line of the file.
     *
     * @param number the line's 1-based number in the caption file
     * @param speaker the name a voice tag ({@code <v Name>}) gives this piece, if any
     * @param newTurn whether the file marks a new speaker's turn here without naming the speaker:
     *     a leading dash, {@code <v ->} or a {@code <v>} with no name
     * @param words its words, never empty
     */
    record Line(int number, Optional<String> speaker, boolean newTurn, List<Word> words) {
        Line {
            if (number < 1 || words.isEmpty()) {
                throw new IllegalArgumentException("a cue line has a line number and words");
            }
            words = List.copyOf(words);
        }
    }

    /**
     * One word as shown, and when it is spoken: its inline timestamp ({@code <00:00:01.234>}), else
     * the cue's start.
     */
    record Word(String text, long startMillis) {
        Word {
            if (text == null || text.isEmpty() || text.codePoints().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("a word is text without spaces: '" + text + "'");
            }
        }
    }
}
