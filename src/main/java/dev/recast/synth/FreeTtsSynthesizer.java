package dev.recast.synth;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.audio.NullAudioPlayer;
import dev.recast.RecastException;
import dev.recast.audio.PcmFormat;
import dev.recast.audio.SilenceTrim;
import dev.recast.segment.Lexicon;
import dev.recast.segment.Pronunciation;
import dev.recast.segment.Utterance;
import java.util.Locale;

/**
 * The FreeTTS adapter: one engine voice of {@link FreeTtsEngine}, opened without FreeTTS's voice
 * manager and its global properties. Audio is taken as samples by {@link LpcWaveform} rather
 * than played, and the engine's own leading and trailing silence is trimmed so the pauses
 * between utterances are the ones the profile asks for.
 */
public final class FreeTtsSynthesizer implements Synthesizer {

    /** Below this a sample counts as silence when trimming (about -54 dBFS). */
    private static final int SILENCE_THRESHOLD = 64;
    /** Kept around the speech so the onset and the final decay are not cut. */
    private static final int MARGIN_MILLIS = 15;

    private final String name;
    private final Voice voice;
    private final LpcWaveform waveform;

    private FreeTtsSynthesizer(String name, Voice voice, LpcWaveform waveform) {
        this.name = name;
        this.voice = voice;
        this.waveform = waveform;
    }

    public static FreeTtsSynthesizer open(String voice) throws SynthesisException {
        return open(voice, Lexicon.EMPTY);
    }

    /**
     * The engine voice {@code name}, saying the lexicon's words as its entries say, before
     * FreeTTS's own dictionary.
     */
    public static FreeTtsSynthesizer open(String name, Lexicon lexicon) throws SynthesisException {
        LpcWaveform waveform = new LpcWaveform();
        Voice voice = KevinVoice.named(name, waveform);
        if (voice == null) {
            throw new SynthesisException(RecastException.Kind.INPUT, null,
                    "unknown engine voice '" + name + "' (available: " + String.join(", ", KevinVoice.NAMES) + ")",
                    null);
        }
        // Audio goes to the waveform, not to a player; FreeTTS still resets and drains one.
        voice.setAudioPlayer(new NullAudioPlayer());
        voice.allocate();
        for (Pronunciation entry : lexicon.entries()) {
            voice.getLexicon().addAddendum(entry.word().toLowerCase(Locale.ROOT), null, enginePhones(entry));
        }
        return new FreeTtsSynthesizer(name, voice, waveform);
    }

    /**
     * CMU phones as FreeTTS's dictionary writes them (read from its entries: "about" is
     * {@code ax b aw1 t}, "estuary" {@code eh1 s ch uw eh1 r iy}): lower case, an unstressed AH is
     * the schwa {@code ax}, other unstressed vowels lose their digit, and secondary stress counts as stress.
     */
    static String[] enginePhones(Pronunciation entry) {
        return entry.phones().stream().map(phone -> {
            String lower = phone.toLowerCase(Locale.ROOT);
            if (lower.equals("ah0")) {
                return "ax";
            }
            return lower.endsWith("0") ? lower.substring(0, lower.length() - 1) : lower.replace('2', '1');
        }).toArray(String[]::new);
    }

    @Override
    public Clip synthesize(Utterance utterance, VoiceProfile profile) throws SynthesisException {
        if (!profile.voice().equals(name)) {
            throw new IllegalArgumentException("profile '" + profile.name() + "' is for " + profile.voice()
                    + ", not " + name);
        }
        // FreeTTS reads these at each speak, so one voice serves every profile (same samples as a voice of its own).
        voice.setRate((float) profile.rate());
        voice.setPitch((float) profile.pitch());
        voice.setPitchRange((float) profile.pitchRange());
        waveform.take();
        if (!voice.speak(utterance.spokenText())) {
            throw new SynthesisException(RecastException.Kind.FAILURE, utterance.id(),
                    "FreeTTS could not say: " + utterance.spokenText(), null);
        }
        if (waveform.sampleRate() == 0) {
            throw new SynthesisException(RecastException.Kind.FAILURE, utterance.id(),
                    "FreeTTS produced no audio for: " + utterance.spokenText(), null);
        }
        PcmFormat pcm = new PcmFormat(waveform.sampleRate(), 16, 1);
        short[] samples = waveform.take();
        applyVolume(samples, (float) profile.volume());
        int margin = (int) pcm.samplesFor(MARGIN_MILLIS);
        return new Clip(utterance, pcm, SilenceTrim.trim(samples, SILENCE_THRESHOLD, margin));
    }

    static void applyVolume(short[] samples, float volume) {
        for (int i = 0; i < samples.length; i++) {
            // Math.round(float) of the product, at half its cost on Java 17, where only floor is
            // compiled to one instruction: the float product plus one half is exact in double.
            int sample = (int) Math.floor(samples[i] * volume + 0.5);
            samples[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, sample));
        }
    }

    @Override
    public void close() {
        voice.deallocate();
    }
}
