package dev.recast.publish;

import dev.recast.episode.Placed;
import dev.recast.episode.Timeline;

/**
 * {@code episode.srt}: SubRip captions, the same cues as {@link WebVttCaptions} (one per
 * utterance's speech) numbered from 1, with {@code hh:mm:ss,mmm} times. SubRip has no escapes
 * and no voice spans, so the text is the transcript's words as they are, on one line.
 */
public final class SrtCaptions {

    private SrtCaptions() {
    }

    public static String render(Timeline timeline) {
        StringBuilder srt = new StringBuilder();
        int number = 0;
        for (Placed placed : timeline.utterances()) {
            if (number > 0) {
                srt.append('\n');
            }
            srt.append(++number).append('\n')
                    .append(Seconds.clock(timeline, placed.startSample(), ',')).append(" --> ")
                    .append(Seconds.clock(timeline, placed.speechEndSample(), ',')).append('\n')
                    .append(PlaylistEntry.oneLine(placed.utterance().sourceText())).append('\n');
        }
        return srt.toString();
    }
}
