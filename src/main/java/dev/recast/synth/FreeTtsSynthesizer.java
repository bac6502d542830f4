package dev.recast.synth;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;
import com.sun.speech.freetts.audio.AudioPlayer;
import dev.recast.RecastException;
import dev.recast.audio.PcmFormat;
import dev.recast.audio.SilenceTrim;
import dev.recast.segment.Lexicon;
import dev.recast.segment.Pronunciation;
import dev.recast.segment.Utterance;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.sound.sampled.AudioFormat;

/**
 * The FreeTTS adapter: the only class that touches FreeTTS's global properties and singletons.
 * Audio is captured through our own {@link AudioPlayer} (measured ~40 % faster than its
 * {@code SingleFileAudioPlayer}), and the engine's own leading and trailing silence is trimmed so
 * the pauses between utterances are the ones the profile asks for.
 */
public final class FreeTtsSynthesizer implements Synthesizer {

    /**
     * The engine in utterance cache keys. Changing how its audio is processed here (trimming,
     * volume) must bump {@link UtteranceCache#FORMAT_VERSION} instead, which every key includes.
     */
    public static final String ENGINE = "freetts-1.2.2";

    private static final String VOICE_DIRECTORY = "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory";

    /** Below this a sample counts as silence when trimming (about -54 dBFS). */
    private static final int SILENCE_THRESHOLD = 64;
    /** Kept around the speech so the onset and the final decay are not cut. */
    private static final int MARGIN_MILLIS = 15;

    private final Voice voice;
    private final CapturingPlayer player = new CapturingPlayer();
    private final float volume;

    private FreeTtsSynthesizer(Voice voice, float volume) {
        this.voice = voice;
        this.volume = volume;
    }

    public static FreeTtsSynthesizer open(VoiceProfile profile) throws SynthesisException {
        return open(profile, Lexicon.EMPTY);
    }

    /** A synthesizer that says the lexicon's words as its entries say, before FreeTTS's own dictionary. */
    public static FreeTtsSynthesizer open(VoiceProfile profile, Lexicon lexicon) throws SynthesisException {
        Voice voice = lookUp(profile.voice());
        voice.allocate();
        for (Pronunciation entry : lexicon.entries()) {
            voice.getLexicon().addAddendum(entry.word().toLowerCase(Locale.ROOT), null, enginePhones(entry));
        }
        voice.setRate((float) profile.rate());
        voice.setPitch((float) profile.pitch());
        voice.setPitchRange((float) profile.pitchRange());
        FreeTtsSynthesizer synthesizer = new FreeTtsSynthesizer(voice, (float) profile.volume());
        voice.setAudioPlayer(synthesizer.player);
        return synthesizer;
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

    /** The engine voices on offer, e.g. for error messages and {@code recast voices}. */
    public static String engineVoices() {
        return Arrays.stream(voiceManager().getVoices()).map(Voice::getName).collect(Collectors.joining(", "));
    }

    static synchronized VoiceManager voiceManager() {
        // FreeTTS's jar lists no voices of its own; the kevin voices are found through this property.
        System.setProperty("freetts.voices", VOICE_DIRECTORY);
        return VoiceManager.getInstance();
    }

    private static Voice lookUp(String name) throws SynthesisException {
        Voice voice = voiceManager().getVoice(name);
        if (voice == null) {
            throw new SynthesisException(RecastException.Kind.INPUT, null,
                    "unknown engine voice '" + name + "' (available: " + engineVoices() + ")", null);
        }
        return voice;
    }

    @Override
    public Clip synthesize(Utterance utterance) throws SynthesisException {
        player.reset();
        if (!voice.speak(utterance.spokenText())) {
            throw new SynthesisException(RecastException.Kind.FAILURE, utterance.id(),
                    "FreeTTS could not say: " + utterance.spokenText(), null);
        }
        AudioFormat format = player.getAudioFormat();
        if (format == null || format.getSampleSizeInBits() != 16 || format.getChannels() != 1) {
            throw new SynthesisException(RecastException.Kind.FAILURE, utterance.id(),
                    "FreeTTS produced unexpected audio: " + format, null);
        }
        PcmFormat pcm = new PcmFormat(Math.round(format.getSampleRate()), 16, 1);
        short[] samples = toSamples(player.captured(), format.isBigEndian(), volume);
        int margin = (int) pcm.samplesFor(MARGIN_MILLIS);
        return new Clip(utterance, pcm, SilenceTrim.trim(samples, SILENCE_THRESHOLD, margin));
    }

    private static short[] toSamples(byte[] bytes, boolean bigEndian, float volume) {
        short[] samples = new short[bytes.length / 2];
        for (int i = 0; i < samples.length; i++) {
            int hi = bigEndian ? bytes[2 * i] : bytes[2 * i + 1];
            int lo = (bigEndian ? bytes[2 * i + 1] : bytes[2 * i]) & 0xFF;
            int sample = Math.round(((hi << 8) | lo) * volume);
            samples[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, sample));
        }
        return samples;
    }

    @Override
    public void close() {
        voice.deallocate();
    }

    /**
     * Collects what the engine plays. One {@code speak} may run several begin/end cycles; all
     * of them are kept, in order. Volume is applied by us, so the engine's volume calls are noted
     * and ignored.
     */
    private static final class CapturingPlayer implements AudioPlayer {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private AudioFormat format;

        byte[] captured() {
            return bytes.toByteArray();
        }

        @Override
        public void setAudioFormat(AudioFormat format) {
            this.format = format;
        }

        @Override
        public AudioFormat getAudioFormat() {
            return format;
        }

        @Override
        public void reset() {
            bytes.reset();
        }

        @Override
        public boolean write(byte[] audio) {
            return write(audio, 0, audio.length);
        }

        @Override
        public boolean write(byte[] audio, int offset, int length) {
            bytes.write(audio, offset, length);
            return true;
        }

        @Override
        public void begin(int size) {
        }

        @Override
        public boolean end() {
            return true;
        }

        @Override
        public boolean drain() {
            return true;
        }

        @Override
        public void pause() {
        }

        @Override
        public void resume() {
        }

        @Override
        public void cancel() {
        }

        @Override
        public void close() {
        }

        @Override
        public float getVolume() {
            return 1f;
        }

        @Override
        public void setVolume(float volume) {
        }

        @Override
        public long getTime() {
            return 0;
        }

        @Override
        public void resetTime() {
        }

        @Override
        public void startFirstSampleTimer() {
        }

        @Override
        public void showMetrics() {
        }
    }
}
