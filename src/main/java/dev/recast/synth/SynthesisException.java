package dev.recast.synth;

import dev.recast.RecastException;

/** The engine could not say an utterance, or could not be started. */
public class SynthesisException extends RecastException {
    public SynthesisException(Kind kind, String location, String message, Throwable cause) {
        super(kind, location, message, cause);
    }
}
