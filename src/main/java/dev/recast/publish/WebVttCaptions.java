package dev.recast.publish;

import dev.recast.episode.Timeline;
import java.util.List;

/**
 * {@code episode.vtt}: WebVTT captions (w3.org/TR/webvtt1), the cues of {@link CaptionCues} (lines of
 * at most 42 characters, two a cue, a long utterance over several cues), timed by {@link Seconds}.
 * Cue ids are numbers from 1, the same as the SRT's: some readers take any line above the timing
 * for a number or show it as text, and cue <i>n</i> is then the same in both files. An utterance's id
 * and exact samples are in {@code render.json}, and its first cue starts at its start. Every cue
 * of a named speaker is in a voice span {@code <v Speaker>}, so a reader joining in mid-turn still
 * knows who speaks.
 *
 * <pre>
 * WEBVTT
 *
 * 2
 * 00:00:01.125 --&gt; 00:00:01.375
 * &lt;v Ana&gt;It took 3 years.
 * </pre>
 */
public final class WebVttCaptions {

    private WebVttCaptions() {
    }

    public static String render(Timeline timeline) {
        StringBuilder vtt = new StringBuilder("WEBVTT\n");
        List<CaptionCues.Cue> cues = CaptionCues.of(timeline);
        for (int i = 0; i < cues.size(); i++) {
            CaptionCues.Cue cue = cues.get(i);
            vtt.append('\n').append(i + 1).append('\n')
                    .append(timing(timeline, cue.startSample(), cue.endSample())).append('\n');
            cue.speaker().ifPresent(speaker -> vtt.append("<v ").append(escape(speaker)).append('>'));
            vtt.append(escape(String.join("\n", cue.lines()))).append('\n');
        }
        return vtt.toString();
    }

    static String timing(Timeline timeline, long start, long end) {
        return Seconds.clock(timeline, start, '.') + " --> " + Seconds.clock(timeline, end, '.');
    }

    /**
     * The three characters WebVTT text reserves; escaping {@code >} also keeps {@code -->} out of a cue.
     * Cue lines are words of {@link PlaylistEntry#oneLine} text, so no blank line ends a cue early.
     */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
