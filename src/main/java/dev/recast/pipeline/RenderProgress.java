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

    /**
     * A stage that goes through the whole episode has started, such as encoding the MP3, which
     * takes longer than all the rest: {@code samples} samples at {@code sampleRate} in all.
     */
    default void stageStarted(String stage, long samples, int sampleRate) {
    }

    /** {@code samples} more of the stage's samples are done. */
    default void stageAdvanced(long samples) {
    }
}
