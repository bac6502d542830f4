package dev.recast.export;

import dev.recast.RecastException;
import dev.recast.publish.Enclosure;
import dev.recast.publish.Publication;
import dev.recast.storage.OutputDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The feed's audio ({@link Publication#streamedAudio}), measured from the staged file. */
public final class FeedEnclosure {

    private FeedEnclosure() {
    }

    public static Enclosure measure(Publication publication, OutputDirectory out) throws RecastException {
        // A render refuses a feed without an audio format up front, so this is a bug, not bad input.
        String path = publication.streamedAudio().orElseThrow(
                () -> new IllegalStateException("feed.xml needs episode.mp3 or episode.wav, and neither is written"));
        Path file = out.stagedFile(path);
        try {
            return new Enclosure(path, Enclosure.typeOf(path), Files.size(file));
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.ENVIRONMENT, file.toString(),
                    "cannot read the staged audio: " + e.getMessage(), e);
        }
    }
}
