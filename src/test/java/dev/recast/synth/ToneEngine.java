package dev.recast.synth;

import dev.recast.InvalidFieldException;
import dev.recast.audio.PcmFormat;
import dev.recast.segment.Lexicon;
import java.util.List;

/**
 * A second engine, as small as one can be: {@code "engine": "fake"} in a profile, one voice,
 * {@link FakeSynthesizer}'s tones at any prosody. Registered beside FreeTTS, it shows what a new
 * engine takes: this class and one line where the engines are listed.
 */
public record ToneEngine(String name, String version, String defaultVoice) implements Engine {

    public static final String NAME = "fake";
    public static final String VOICE = "tone";

    public ToneEngine() {
        this(NAME, "1", VOICE);
    }

    @Override
    public Synthesizer open(String voice, Lexicon lexicon) {
        return new FakeSynthesizer();
    }

    @Override
    public void check(VoiceProfile profile) {
        if (!voices().contains(profile.voice())) {
            throw new InvalidFieldException("\"voice\" must be " + VOICE + ", not \"" + profile.voice() + "\"",
                    "voice");
        }
    }

    @Override
    public List<String> voices() {
        return List.of(defaultVoice);
    }

    /** Any prosody will do: the tone ignores it. */
    @Override
    public VoiceProfile withinRange(VoiceProfile profile) {
        return profile;
    }

    @Override
    public PcmFormat format(String voice) {
        return FakeSynthesizer.FORMAT;
    }
}
