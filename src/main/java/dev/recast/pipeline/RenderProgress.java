package dev.recast.pipeline;

/** What a render tells while it works: notes for the log, and each utterance as it is ready. */
public interface RenderProgress {

    void note(String message);

    /** Synthesis is about to start on {@code utterances} utterances. */
    default void synthesisStarted(int utterances) {
    }

    /**
     * One utterance's clip is ready, read from the cache or synthesized. Called from worker
     * threads, possibly at the same time.
     */
    default void utteranceDone(long samples, int sampleRate, boolean cached) {
    }
}
