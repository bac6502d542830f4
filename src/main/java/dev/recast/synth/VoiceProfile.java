package dev.recast.synth;

import dev.recast.InvalidFieldException;
import dev.recast.segment.Pauses;

/**
 * How a role sounds: the engine and its voice, the prosody, and the pauses of the timeline. Only
 * the narrator's pauses are used: the timeline has one rhythm, whoever speaks. Which rates,
 * pitches and voices are allowed is the engine's to say ({@link Engine#check}); a profile checks
 * only what holds for every engine.
 *
 * @param name the profile's name (its file name without {@code .json})
 * @param engine the {@link Engine#name()} of the engine that speaks it, e.g. {@code freetts}
 * @param voice one of the engine's voices
 * @param rate speaking rate in words per minute
 * @param pitch baseline pitch in Hz
 * @param pitchRange pitch variation in Hz
 * @param volume 0 (silent) to 1 (full scale)
 * @param pauses the silence after each kind of utterance
 */
public record VoiceProfile(String name, String engine, String voice, double rate, double pitch, double pitchRange,
        double volume, Pauses pauses) {

    public static final String DEFAULT_ENGINE = FreeTtsEngine.NAME;
    public static final double DEFAULT_RATE = 150;
    public static final double DEFAULT_PITCH = 100;
    public static final double DEFAULT_PITCH_RANGE = 11;
    public static final double DEFAULT_VOLUME = 0.9;

    /** A profile of the default engine with the default pauses. */
    public VoiceProfile(String name, String voice, double rate, double pitch, double pitchRange, double volume) {
        this(name, DEFAULT_ENGINE, voice, rate, pitch, pitchRange, volume, Pauses.DEFAULTS);
    }

    public VoiceProfile {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a profile has a name");
        }
        if (engine == null || engine.isBlank()) {
            throw new InvalidFieldException("\"engine\" must name an engine, e.g. \"" + DEFAULT_ENGINE + "\"",
                    "engine");
        }
        if (voice == null || voice.isBlank()) {
            throw new InvalidFieldException("\"voice\" must name an engine voice", "voice");
        }
        if (!(volume >= 0 && volume <= 1)) {
            throw new InvalidFieldException("\"volume\" must be 0 to 1, not " + volume, "volume");
        }
        if (pauses == null) {
            throw new IllegalArgumentException("a profile has pauses");
        }
    }

    /**
     * The same voice under another name, a different pitch and rate; {@link Engine#withinRange}
     * keeps them where the engine can go.
     */
    public VoiceProfile variant(String newName, double pitchOffset, double rateOffset) {
        return new VoiceProfile(newName, engine, voice, rate + rateOffset, pitch + pitchOffset, pitchRange, volume,
                pauses);
    }

    /** The same profile with another rate and pitch. */
    public VoiceProfile withProsody(double newRate, double newPitch) {
        return new VoiceProfile(name, engine, voice, newRate, newPitch, pitchRange, volume, pauses);
    }

    /** Whether two profiles make the same sound, whatever their names and pauses. */
    public boolean soundsLike(VoiceProfile other) {
        return engine.equals(other.engine) && voice.equals(other.voice) && rate == other.rate
                && pitch == other.pitch && pitchRange == other.pitchRange && volume == other.volume;
    }
}
