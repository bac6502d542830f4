package dev.recast.publish;

import dev.recast.episode.Chapter;
import dev.recast.episode.Timeline;
import java.util.List;

/**
 * {@code chapters.vtt}: a WebVTT chapters track (for {@code <track kind="chapters">}), one cue per
 * chapter of either level from its start to the next chapter's (the last to the episode's end),
 * the same times as chapters.json. Cue ids are {@code chapter-1}, {@code chapter-2}...
 */
public final class WebVttChapters {

    private WebVttChapters() {
    }

    public static String render(Timeline timeline) {
        StringBuilder vtt = new StringBuilder("WEBVTT\n");
        List<Chapter> chapters = timeline.chapters();
        for (int i = 0; i < chapters.size(); i++) {
            Chapter chapter = chapters.get(i);
            long end = i + 1 < chapters.size() ? chapters.get(i + 1).startSample() : timeline.totalSamples();
            vtt.append('\n').append("chapter-").append(i + 1).append('\n')
                    .append(WebVttCaptions.timing(timeline, chapter.startSample(), end)).append('\n')
                    .append(WebVttCaptions.escape(PlaylistEntry.oneLine(chapter.title()))).append('\n');
        }
        return vtt.toString();
    }
}
