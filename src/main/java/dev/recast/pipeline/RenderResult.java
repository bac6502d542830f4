package dev.recast.pipeline;

import dev.recast.episode.Timeline;
import dev.recast.ingest.TitleOrigin;
import java.nio.file.Path;

/**
 * What a render produced, for the summary the CLI prints.
 *
 * @param titleOrigin where the episode's title came from, so the CLI can say when Recast chose it
 * @param timeline the episode laid out; null when nothing changed since the last render and its
 *     outputs were kept (see {@link #unchanged()})
 * @param cacheHits utterances whose clip came from the cache, found there before this render
 * @param cacheBytesStored what the render added to the cache (clips, levelled clips, MP3 parts, readings)
 */
public record RenderResult(Path directory, String title, TitleOrigin titleOrigin, Timeline timeline, int removals,
        int cacheHits, long cacheBytesStored) {

    /** A render that found the outputs of the same input and options in place, and kept them. */
    static RenderResult unchanged(Path directory, String title, TitleOrigin titleOrigin) {
        return new RenderResult(directory, title, titleOrigin, null, 0, 0, 0);
    }

    public boolean unchanged() {
        return timeline == null;
    }
}
