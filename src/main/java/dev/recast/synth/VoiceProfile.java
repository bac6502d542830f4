package dev.recast.synth;

import dev.recast.InvalidFieldException;
import dev.recast.segment.Pauses;

/**
 * How a role sounds: the engine voice, its prosody, and the pauses of the timeline. Only the
 * narrator's pauses are used: the timeline has one rhythm, whoever speaks.
 *
 * @param name the profile's name (its file name without {@code .json})
 * @param voice the FreeTTS voice: {@code kevin16} (16 kHz) or {@code kevin} (8 kHz)
 * @param rate speaking rate in words per minute
 * @param pitch baseline pitch in Hz
 * @param pitchRange pitch variation in Hz
 * @param volume 0 (silent) to 1 (full scale)
 * @param pauses the silence after each kind of utterance
 */
public record VoiceProfile(String name, String voice, double rate, double pitch, double pitchRange, double volume,
        Pauses pauses) {

    public static final String DEFAULT_VOICE = "kevin16";
    public static final double DEFAULT_RATE = 150;
    public static final double DEFAULT_PITCH = 100;
    public static final double DEFAULT_PITCH_RANGE = 11;
    public static final double DEFAULT_VOLUME = 0.9;

    public static final double MIN_RATE = 40;
    public static final double MAX_RATE = 400;
    public static final double MIN_PITCH = 40;
    public static final double MAX_PITCH = 400;

    /** A profile with the default pauses. */
    public VoiceProfile(String name, String voice, double rate, double pitch, double pitchRange, double volume) {
        this(name, voice, rate, pitch, pitchRange, volume, Pauses.DEFAULTS);
    }

    public VoiceProfile {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a profile has a name");
        }
        if (voice == null || voice.isBlank()) {
            throw new InvalidFieldException("\"voice\" must name an engine voice, e.g. \"kevin16\"", "voice");
        }
        if (!(rate >= MIN_RATE && rate <= MAX_RATE)) {
            throw new InvalidFieldException("\"rate\" must be 40 to 400 words per minute, not " + rate, "rate");
        }
        if (!(pitch >= MIN_PITCH && pitch <= MAX_PITCH)) {
            throw new InvalidFieldException("\"pitch\" must be 40 to 400 Hz, not " + pitch, "pitch");
        }
        if (!(pitchRange >= 0 && pitchRange <= 200)) {
            throw new InvalidFieldException("\"pitchRange\" must be 0 to 200 Hz, not " + pitchRange, "pitchRange");
        }
        if (!(volume >= 0 && volume <= 1)) {
            throw new InvalidFieldException("\"volume\" must be 0 to 1, not " + volume, "volume");
        }
        if (pauses == null) {
            throw new IllegalArgumentException("a profile has pauses");
        }
    }

    /** The same voice under another name, a different pitch and rate (kept within range). */
    public VoiceProfile variant(String newName, double pitchOffset, double rateOffset) {
        return new VoiceProfile(newName, voice, clamp(rate + rateOffset, MIN_RATE, MAX_RATE),
                clamp(pitch + pitchOffset, MIN_PITCH, MAX_PITCH), pitchRange, volume, pauses);
    }

    /** Whether two profiles make the same sound, whatever their names and pauses. */
    public boolean soundsLike(VoiceProfile other) {
        return voice.equals(other.voice) && rate == other.rate && pitch == other.pitch
                && pitchRange == other.pitchRange && volume == other.volume;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
