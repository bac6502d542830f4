package dev.recast.ingest;

import java.util.List;
import java.util.Optional;

/**
 * A caption file as read: the title its header gives, if any, and its cues.
 *
 * @param title a WebVTT header's {@code Title:} line
 * @param cues the cues in file order
 */
record CaptionFile(Optional<String> title, List<CaptionCue> cues) {

    CaptionFile {
        cues = List.copyOf(cues);
    }

    /** The cues' text laid out as a plain-text transcript's lines, each word once. */
    List<SourceLine> transcriptLines() {
        return CaptionParagraphs.join(CaptionOverlap.newText(cues));
    }
}
