package dev.recast.pipeline;

import dev.recast.episode.Timeline;
import java.nio.file.Path;

/** What a render produced, for the summary the CLI prints. */
public record RenderResult(Path directory, String title, Timeline timeline, int removals) {
}
