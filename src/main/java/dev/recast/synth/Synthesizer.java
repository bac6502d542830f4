package dev.recast.synth;

import dev.recast.segment.Utterance;

/**
 * Turns one utterance into audio in one engine voice, with any profile of that voice: opening a
 * voice is slow and a profile only sets its prosody, so a worker opens each engine voice once.
 * Not thread-safe: one instance per worker.
 */
public interface Synthesizer extends AutoCloseable {

    /** Says {@code utterance} with the rate, pitch and volume of {@code profile}, a profile of this voice. */
    Clip synthesize(Utterance utterance, VoiceProfile profile) throws SynthesisException;

    @Override
    void close();
}
