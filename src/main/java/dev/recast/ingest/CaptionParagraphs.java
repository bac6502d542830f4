package dev.recast.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Lays caption lines out as a plain-text transcript is laid out, so the clean stage reads every
 * transcript form with one set of rules: a blank line between paragraphs, {@code Speaker: text}
 * where a speaker's turn begins. Each line keeps its number in the caption file and its cue's
 * time in the recording.
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
        List<SourceLine> laidOut = new ArrayList<>();
        String speaker = null;
        CaptionLine previous = null;
        for (CaptionLine line : lines) {
            boolean speakerChanges = line.speaker() != null && !line.speaker().equals(speaker);
            boolean longSilence = previous != null
                    && line.startMillis() - previous.endMillis() >= LONG_SILENCE_MILLIS
                    && SENTENCE_END.matcher(previous.text()).matches();
            if (previous != null && (speakerChanges || line.newTurn() || longSilence)) {
                laidOut.add(new SourceLine(line.number(), ""));
            }
            // A dash turn names no one: the clean stage reads "- " on a caption line as a new, unnamed voice.
            String text = speakerChanges ? line.speaker() + ": " + line.text()
                    : line.newTurn() ? "- " + line.text() : line.text();
            laidOut.add(new SourceLine(line.number(), text,
                    Optional.of(new SourceTime(line.startMillis(), Math.max(line.startMillis(), line.endMillis())))));
            speaker = line.speaker() != null ? line.speaker() : speaker;
            previous = line;
        }
        return laidOut;
    }
}
