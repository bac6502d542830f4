package dev.recast.synth;

import dev.recast.InvalidFieldException;
import dev.recast.audio.PcmFormat;
import dev.recast.segment.Lexicon;
import java.util.List;

/**
 * FreeTTS 1.2.2 with its kevin diphone voices: the rates, pitches and voices it says well, and
 * the format of each voice's audio, known without opening one.
 */
public final class FreeTtsEngine implements Engine {

    public static final String NAME = "freetts";
    /**
     * FreeTTS's release, then Recast's revision of the pieces of its front end {@link KevinVoice}
     * replaces: any change to what the voices say must bump it, so no cached clip of the old sound
     * is reused. Changing how the adapter processes FreeTTS's audio (trimming, volume) must bump
     * {@link UtteranceCache#FORMAT_VERSION} instead, which every key includes.
     */
    private static final String VERSION = "1.2.2-recast.1";
    public static final String DEFAULT_VOICE = KevinVoice.KEVIN16;

    private static final double MIN_RATE = 40;
    private static final double MAX_RATE = 400;
    private static final double MIN_PITCH = 40;
    private static final double MAX_PITCH = 400;
    private static final double MAX_PITCH_RANGE = 200;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public List<String> voices() {
        return KevinVoice.NAMES;
    }

    @Override
    public String defaultVoice() {
        return DEFAULT_VOICE;
    }

    @Override
    public void check(VoiceProfile profile) {
        if (!voices().contains(profile.voice())) {
            throw new InvalidFieldException("\"voice\" must be one of " + String.join(", ", voices())
                    + ", not \"" + profile.voice() + "\"", "voice");
        }
        if (!(profile.rate() >= MIN_RATE && profile.rate() <= MAX_RATE)) {
            throw new InvalidFieldException("\"rate\" must be 40 to 400 words per minute, not " + profile.rate(),
                    "rate");
        }
        if (!(profile.pitch() >= MIN_PITCH && profile.pitch() <= MAX_PITCH)) {
            throw new InvalidFieldException("\"pitch\" must be 40 to 400 Hz, not " + profile.pitch(), "pitch");
        }
        if (!(profile.pitchRange() >= 0 && profile.pitchRange() <= MAX_PITCH_RANGE)) {
            throw new InvalidFieldException("\"pitchRange\" must be 0 to 200 Hz, not " + profile.pitchRange(),
                    "pitchRange");
        }
    }

    @Override
    public VoiceProfile withinRange(VoiceProfile profile) {
        return profile.withProsody(clamp(profile.rate(), MIN_RATE, MAX_RATE),
                clamp(profile.pitch(), MIN_PITCH, MAX_PITCH));
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    @Override
    public PcmFormat format(String voice) {
        return KevinVoice.format(voice);
    }

    @Override
    public Synthesizer open(String voice, Lexicon lexicon) throws SynthesisException {
        return FreeTtsSynthesizer.open(voice, lexicon);
    }
}
