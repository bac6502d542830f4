package dev.recast.publish;

import dev.recast.episode.Timeline;
import java.util.List;

/**
 * {@code episode.srt}: SubRip captions, the same cues as {@link WebVttCaptions} (from
 * {@link CaptionCues}) numbered from 1, with {@code hh:mm:ss,mmm} times. SubRip has no escapes and
 * no voice spans, so a speaker is named as {@code Name: } at the start of the first cue of a turn,
 * as subtitles name one: on every cue the name would take a third of a 42-character line, and
 * readers that take speakers from SRT (AntennaPod's) keep the last name they saw.
 */
public final class SrtCaptions {

    private SrtCaptions() {
    }

    public static String render(Timeline timeline) {
        StringBuilder srt = new StringBuilder();
        List<CaptionCues.Cue> cues = CaptionCues.of(timeline);
        for (int i = 0; i < cues.size(); i++) {
            CaptionCues.Cue cue = cues.get(i);
            if (i > 0) {
                srt.append('\n');
            }
            srt.append(i + 1).append('\n')
                    .append(Seconds.clock(timeline, cue.startSample(), ',')).append(" --> ")
                    .append(Seconds.clock(timeline, cue.endSample(), ',')).append('\n')
                    .append(cue.label()).append(String.join("\n", cue.lines())).append('\n');
        }
        return srt.toString();
    }
}
