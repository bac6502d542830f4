package dev.recast.synth;

/**
 * How a role sounds: the engine voice and its prosody.
 *
 * @param name the profile's name (its file name without {@code .json})
 * @param voice the FreeTTS voice: {@code kevin16} (16 kHz) or {@code kevin} (8 kHz)
 * @param rate speaking rate in words per minute
 * @param pitch baseline pitch in Hz
 * @param pitchRange pitch variation in Hz
 * @param volume 0 (silent) to 1 (full scale)
 */
public record VoiceProfile(String name, String voice, double rate, double pitch, double pitchRange, double volume) {

    public static final String DEFAULT_VOICE = "kevin16";
    public static final double DEFAULT_RATE = 150;
    public static final double DEFAULT_PITCH = 100;
    public static final double DEFAULT_PITCH_RANGE = 11;
    public static final double DEFAULT_VOLUME = 0.9;

    public VoiceProfile {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a profile has a name");
        }
        if (voice == null || voice.isBlank()) {
            throw new IllegalArgumentException("\"voice\" must name an engine voice, e.g. \"kevin16\"");
        }
        if (!(rate >= 40 && rate <= 400)) {
            throw new IllegalArgumentException("\"rate\" must be 40 to 400 words per minute, not " + rate);
        }
        if (!(pitch >= 40 && pitch <= 400)) {
            throw new IllegalArgumentException("\"pitch\" must be 40 to 400 Hz, not " + pitch);
        }
        if (!(pitchRange >= 0 && pitchRange <= 200)) {
            throw new IllegalArgumentException("\"pitchRange\" must be 0 to 200 Hz, not " + pitchRange);
        }
        if (!(volume >= 0 && volume <= 1)) {
            throw new IllegalArgumentException("\"volume\" must be 0 to 1, not " + volume);
        }
    }
}
