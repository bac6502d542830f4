package dev.recast.publish;

import dev.recast.episode.Placed;
import dev.recast.episode.Timeline;
import dev.recast.segment.Utterance;

/**
 * {@code episode.vtt}: WebVTT captions (w3.org/TR/webvtt1), one cue per utterance spanning its
 * speech ({@code startSample} to {@code speechEndSample}, not the pause after), timed by
 * {@link Seconds}. The cue id is the utterance id; the text is the transcript's own words, in a
 * voice span {@code <v Speaker>} when the utterance has a speaker.
 *
 * <pre>
 * WEBVTT
 *
 * 01-0002
 * 00:00:01.125 --&gt; 00:00:01.375
 * &lt;v Ana&gt;It took 3 years.
 * </pre>
 */
public final class WebVttCaptions {

    private WebVttCaptions() {
    }

    public static String render(Timeline timeline) {
        StringBuilder vtt = new StringBuilder("WEBVTT\n");
        for (Placed placed : timeline.utterances()) {
            Utterance utterance = placed.utterance();
            vtt.append('\n').append(utterance.id()).append('\n')
                    .append(timing(timeline, placed.startSample(), placed.speechEndSample())).append('\n');
            if (utterance.speaker() != null && !utterance.speaker().isBlank()) {
                vtt.append("<v ").append(escape(PlaylistEntry.oneLine(utterance.speaker()))).append('>');
            }
            vtt.append(escape(PlaylistEntry.oneLine(utterance.sourceText()))).append('\n');
        }
        return vtt.toString();
    }

    static String timing(Timeline timeline, long start, long end) {
        return Seconds.clock(timeline, start, '.') + " --> " + Seconds.clock(timeline, end, '.');
    }

    /**
     * The three characters WebVTT text reserves; escaping {@code >} also keeps {@code -->} out of a cue.
     * Text passed through {@link PlaylistEntry#oneLine} has no line break, so no blank line ends a cue early.
     */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
