package dev.recast.pipeline;

import dev.recast.RecastException;
import dev.recast.episode.ContentDigest;
import dev.recast.ingest.CoverArt;
import dev.recast.ingest.CoverReader;
import dev.recast.ingest.ShowInfo;
import dev.recast.publish.GeneratedCover;
import dev.recast.synth.UtteranceCache;
import java.io.IOException;
import java.util.Optional;

/** Which cover a show's files carry: decided here for every output. */
public final class Covers {

    private Covers() {
    }

    /**
     * The user's cover when the show names one, checked ({@link CoverReader}); else one drawn from
     * the show's title and author ({@link GeneratedCover}), kept in {@code cache} when there is one,
     * so a re-render, a new process each time, does not draw it again.
     */
    public static CoverArt forShow(ShowInfo show, Optional<UtteranceCache> cache) throws RecastException {
        if (show.cover().isPresent()) {
            return CoverReader.read(show.cover().get());
        }
        if (cache.isEmpty()) {
            return GeneratedCover.draw(show.title(), show.author());
        }
        // The build is in the key: a new drawing of the same title is never served from an old one.
        String key = ContentDigest.of("recast generated cover", RenderFingerprint.build(), show.title(),
                show.author().orElse(""));
        try {
            byte[] kept = cache.get().readBytes(key);
            if (kept != null) {
                return new CoverArt(kept, CoverArt.PNG, GeneratedCover.SIZE, GeneratedCover.SIZE);
            }
            CoverArt drawn = GeneratedCover.draw(show.title(), show.author());
            cache.get().writeBytes(key, drawn.bytes());
            return drawn;
        } catch (UtteranceCache.WriteFailure e) {
            throw e.asRecastException();
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.ENVIRONMENT, null,
                    "cannot use the utterance cache: " + e.getMessage(), e);
        }
    }
}
