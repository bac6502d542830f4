package dev.recast.synth;

import dev.recast.segment.Utterance;

/** Turns one utterance into audio. Not thread-safe: one instance per worker. */
public interface Synthesizer extends AutoCloseable {

    Clip synthesize(Utterance utterance) throws SynthesisException;

    @Override
    void close();
}
