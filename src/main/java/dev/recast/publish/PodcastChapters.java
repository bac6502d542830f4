package dev.recast.publish;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recast.episode.Chapter;
import dev.recast.episode.Timeline;
import java.util.List;

/**
 * {@code chapters.json} in the Podcasting 2.0 JSON chapters format, version 1.2.0
 * (github.com/Podcastindex-org/podcast-namespace, chapters/jsonChapters.md).
 *
 * <p>Every chapter of the timeline is listed, in order, with {@code startTime}, {@code endTime}
 * (the next chapter's start, or the episode's end) and {@code title}; times are seconds with
 * three decimals from {@link Seconds}, so they match the playlist to the millisecond. The format
 * has no nesting, so level-2 chapters are listed like the others: {@code "toc": false} would
 * hide them from listeners altogether, which is not what a subheading means.
 */
public final class PodcastChapters {

    public static final String VERSION = "1.2.0";

    private PodcastChapters() {
    }

    public static String render(EpisodeInfo info, Timeline timeline) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("version", VERSION);
        root.put("title", info.title());
        if (info.author() != null) {
            root.put("author", info.author());
        }
        ArrayNode chapters = root.putArray("chapters");
        List<Chapter> timelineChapters = timeline.chapters();
        for (int i = 0; i < timelineChapters.size(); i++) {
            Chapter chapter = timelineChapters.get(i);
            long end = i + 1 < timelineChapters.size()
                    ? timelineChapters.get(i + 1).startSample()
                    : timeline.totalSamples();
            ObjectNode entry = chapters.addObject();
            entry.set("startTime", DecimalNode.valueOf(Seconds.at(timeline, chapter.startSample())));
            entry.set("endTime", DecimalNode.valueOf(Seconds.at(timeline, end)));
            entry.put("title", chapter.title());
        }
        return PrettyJson.write(root);
    }
}
