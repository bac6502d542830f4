package dev.recast.publish;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recast.episode.Placed;
import dev.recast.episode.Timeline;
import dev.recast.segment.Utterance;

/**
 * {@code transcript.json}: the Podcasting 2.0 JSON transcript (github.com/Podcastindex-org/
 * podcast-namespace, transcripts/transcripts.md): {@code {"version": "1.0.0", "segments": [...]}},
 * one segment per utterance with {@code speaker} (only when known), {@code startTime} and
 * {@code endTime} (its speech, in seconds from {@link Seconds}, as the captions) and {@code body}
 * (the transcript's own words).
 *
 * <p>A long utterance stays one segment, unlike the captions' cues ({@link CaptionCues}): a JSON
 * reader lays the text out itself (AntennaPod joins short segments into lines of its own), a
 * segment's times are then the utterance's exact ones rather than an estimate by characters, and
 * segment <i>n</i> is utterance <i>n</i> of {@code render.json}, id and samples.
 */
public final class PodcastTranscript {

    public static final String VERSION = "1.0.0";

    private PodcastTranscript() {
    }

    public static String render(Timeline timeline) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("version", VERSION);
        ArrayNode segments = root.putArray("segments");
        for (Placed placed : timeline.utterances()) {
            Utterance utterance = placed.utterance();
            ObjectNode segment = segments.addObject();
            if (utterance.speaker() != null && !utterance.speaker().isBlank()) {
                segment.put("speaker", utterance.speaker());
            }
            segment.set("startTime", DecimalNode.valueOf(Seconds.at(timeline, placed.startSample())));
            segment.set("endTime", DecimalNode.valueOf(Seconds.at(timeline, placed.speechEndSample())));
            segment.put("body", utterance.sourceText());
        }
        return PrettyJson.write(root);
    }
}
