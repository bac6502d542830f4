package dev.recast.episode;

import dev.recast.segment.Utterance;
import java.io.IOException;

/** Where an utterance's synthesized samples are read from: memory, or a cache on disk. */
public interface ClipSource {

    /** The utterance's samples, exactly as long as the timeline placed them. */
    short[] samples(Utterance utterance) throws IOException;
}
