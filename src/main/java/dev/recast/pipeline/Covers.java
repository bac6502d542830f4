package dev.recast.pipeline;

import dev.recast.RecastException;
import dev.recast.ingest.CoverArt;
import dev.recast.ingest.CoverReader;
import dev.recast.ingest.ShowInfo;
import dev.recast.publish.GeneratedCover;

/** Which cover a show's files carry: decided here for every output. */
public final class Covers {

    private Covers() {
    }

    /**
     * The user's cover when the show names one, checked ({@link CoverReader}); else one drawn from
     * the show's title and author ({@link GeneratedCover}).
     */
    public static CoverArt forShow(ShowInfo show) throws RecastException {
        if (show.cover().isPresent()) {
            return CoverReader.read(show.cover().get());
        }
        return GeneratedCover.draw(show.title(), show.author());
    }
}
