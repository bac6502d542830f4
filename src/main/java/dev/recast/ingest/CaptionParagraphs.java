package dev.recast.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Re-joins caption lines into the form a plain-text transcript has, so the clean stage reads every
 * transcript form with one set of rules: one line per paragraph, {@code Speaker: text} where a
 * speaker's turn begins. Each paragraph keeps the number of the caption line it starts on.
 *
 * <p>A paragraph ends where the speaker changes, where a line marks a new turn, or at a sentence
 * end followed by a long silence. A cue that names no speaker continues the current one, as an
 * unlabeled paragraph does in plain text.
 */
final class CaptionParagraphs {

    // Captions split speech every few seconds; a pause this long after a full sentence is a new
    // thought, the way a blank line is in plain text.
    static final long LONG_SILENCE_MILLIS = 2_000;
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…][\"”’')\\]]*");

    private CaptionParagraphs() {
    }

    static List<SourceLine> join(List<CaptionLine> lines) {
        List<SourceLine> paragraphs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int start = 0;
        String speaker = null;
        CaptionLine previous = null;
        for (CaptionLine line : lines) {
            boolean speakerChanges = line.speaker() != null && !line.speaker().equals(speaker);
            boolean longSilence = previous != null
                    && line.startMillis() - previous.endMillis() >= LONG_SILENCE_MILLIS
                    && SENTENCE_END.matcher(previous.text()).matches();
            if (previous == null || speakerChanges || line.newTurn() || longSilence) {
                if (previous != null) {
                    paragraphs.add(new SourceLine(start, text.toString()));
                }
                text.setLength(0);
                start = line.number();
                if (speakerChanges) {
                    text.append(line.speaker()).append(": ");
                }
            } else {
                // Captions wrap mid-sentence; the words go on after a space.
                text.append(' ');
            }
            text.append(line.text());
            speaker = line.speaker() != null ? line.speaker() : speaker;
            previous = line;
        }
        if (previous != null) {
            paragraphs.add(new SourceLine(start, text.toString()));
        }
        return paragraphs;
    }
}
