package dev.recast.synth;

import dev.recast.RecastException;
import dev.recast.audio.PcmFormat;
import dev.recast.segment.Lexicon;
import java.util.List;

/**
 * A speech engine: what a voice profile's {@code "engine"} names. It says which voices it has,
 * which prosody it can give, and the audio format of each voice before any is opened, so a render
 * refuses a cast it cannot stitch before it synthesizes anything. {@link Engines} holds the ones
 * on offer.
 */
public interface Engine {

    /** What a profile's {@code "engine"} says, e.g. {@code freetts}. */
    String name();

    /** The engine's build: its audio for the same profile may change with it, so cache keys hold it. */
    String version();

    /** The engine voices on offer, in the engine's order. */
    List<String> voices();

    /** The voice a profile of this engine gets when it names none. */
    String defaultVoice();

    /**
     * Refuses a profile this engine cannot say: a voice it lacks, a rate or pitch out of its range.
     *
     * @throws dev.recast.InvalidFieldException naming the field, so a profile file's error is located
     */
    void check(VoiceProfile profile);

    /** The nearest profile to {@code profile} that this engine can say: its rate and pitch kept in range. */
    VoiceProfile withinRange(VoiceProfile profile);

    /** The audio format of {@code voice}, one of {@link #voices()}. */
    PcmFormat format(String voice);

    /**
     * Opens the engine voice {@code voice} saying the lexicon's words as its entries say.
     * Opening is slow: a worker opens each voice once, whatever the profiles.
     */
    Synthesizer open(String voice, Lexicon lexicon) throws RecastException;
}
