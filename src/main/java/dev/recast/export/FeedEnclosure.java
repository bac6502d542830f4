package dev.recast.export;

import dev.recast.RecastException;
import dev.recast.publish.Enclosure;
import dev.recast.publish.EpisodeFiles;
import dev.recast.storage.OutputDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The feed's audio, measured from the staged file: the MP3 when one is staged (the podcast
 * deliverable), else the episode WAV.
 */
public final class FeedEnclosure {

    private FeedEnclosure() {
    }

    public static Enclosure measure(OutputDirectory out) throws RecastException {
        String path = out.isStaged(EpisodeFiles.EPISODE_MP3) ? EpisodeFiles.EPISODE_MP3
                : out.isStaged(EpisodeFiles.EPISODE_WAV) ? EpisodeFiles.EPISODE_WAV : null;
        if (path == null) {
            // Render refuses a feed without an audio format up front, so this is a bug, not bad input.
            throw new IllegalStateException("feed.xml needs episode.mp3 or episode.wav, and neither is staged");
        }
        Path file = out.stagedFile(path);
        try {
            return new Enclosure(path, Enclosure.typeOf(path), Files.size(file));
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.ENVIRONMENT, file.toString(),
                    "cannot read the staged audio: " + e.getMessage(), e);
        }
    }
}
