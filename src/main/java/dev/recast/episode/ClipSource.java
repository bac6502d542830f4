package dev.recast.episode;

import dev.recast.segment.Utterance;
import java.io.IOException;
import java.util.Optional;

/** Where an utterance's synthesized samples are read from: memory, or a cache on disk. */
public interface ClipSource {

    /** The utterance's samples, exactly as long as the timeline placed them. */
    short[] samples(Utterance utterance) throws IOException;

    /**
     * A name for the utterance's samples that changes whenever they would, so what is made from
     * them can be kept under it and found again; empty when the source has none.
     */
    default Optional<String> contentKey(Utterance utterance) {
        return Optional.empty();
    }
}
