package dev.recast.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Lays caption text out as a plain-text transcript is laid out, so the clean stage reads every
 * transcript form with one set of rules: one line per piece of caption text, a blank line between
 * paragraphs, {@code Speaker: text} where a named speaker's turn begins. Each text line keeps its
 * number in the caption file and the time its words are spoken; a blank line takes its cue's
 * timing line's number, a line that is never text.
 *
 * <p>A paragraph ends where a voice tag names another speaker, where the file marks a new turn
 * (a dash, {@code <v ->}), or at a sentence end followed by a long silence. A cue without a voice
 * tag continues the turn before it, even in files that tag voices: Rev tags a turn's first cue
 * ({@code <v ->} or {@code <v Speaker 1>}) and leaves the cues that carry the turn on untagged,
 * and Zoom and Whisper tag none, so an untagged cue is the same speaker going on.
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
        Optional<String> speaker = Optional.empty();
        CaptionLine previous = null;
        for (CaptionLine line : lines) {
            boolean speakerChanges = line.speaker().isPresent() && !line.speaker().equals(speaker);
            boolean longSilence = previous != null
                    && line.time().startMillis() - previous.time().endMillis() >= LONG_SILENCE_MILLIS
                    && SENTENCE_END.matcher(previous.text()).matches();
            if (previous != null && (speakerChanges || line.newTurn() || longSilence)) {
                laidOut.add(new SourceLine(line.breakLine(), ""));
            }
            // An unnamed turn is written "- text", as subtitles mark one, so the clean stage starts a
            // new voice there instead of going on with the last named one.
            String text = speakerChanges ? line.speaker().get() + ": " + line.text()
                    : line.newTurn() ? "- " + line.text() : line.text();
            laidOut.add(new SourceLine(line.number(), text, Optional.of(line.time())));
            if (line.newTurn() || line.speaker().isPresent()) {
                speaker = line.speaker();
            }
            previous = line;
        }
        return laidOut;
    }
}
