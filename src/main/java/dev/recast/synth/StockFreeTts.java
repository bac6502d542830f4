package dev.recast.synth;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.audio.NullAudioPlayer;
import java.io.ByteArrayOutputStream;
import javax.sound.sampled.AudioFormat;

/**
 * FreeTTS as it ships: a voice from its voice directory, with its own audio output, playing into a
 * player that keeps the bytes in memory. The baseline the benchmark times our synthesizer
 * against, and the reference {@link LpcWaveform} is checked against.
 */
public final class StockFreeTts implements AutoCloseable {

    private final Voice voice;
    private final BytePlayer player = new BytePlayer();

    /** The engine voice {@code name}, allocated, at FreeTTS's default prosody. */
    public StockFreeTts(String name) {
        voice = KevinVoice.stock(name)
                .orElseThrow(() -> new IllegalArgumentException("no engine voice '" + name + "'"));
        voice.setAudioPlayer(player);
        voice.allocate();
    }

    /** The profile's engine voice at the profile's rate, pitch and pitch range. */
    public StockFreeTts(VoiceProfile profile) {
        this(profile.voice());
        voice.setRate((float) profile.rate());
        voice.setPitch((float) profile.pitch());
        voice.setPitchRange((float) profile.pitchRange());
    }

    /** Says {@code text}, one {@code speak}, and returns the 16-bit samples FreeTTS played. */
    public short[] speak(String text) {
        player.bytes.reset();
        if (!voice.speak(text)) {
            throw new IllegalStateException("FreeTTS could not say: " + text);
        }
        byte[] bytes = player.bytes.toByteArray();
        boolean bigEndian = player.format == null || player.format.isBigEndian();
        short[] samples = new short[bytes.length / 2];
        for (int i = 0; i < samples.length; i++) {
            int hi = bytes[bigEndian ? 2 * i : 2 * i + 1];
            int lo = bytes[bigEndian ? 2 * i + 1 : 2 * i] & 0xFF;
            samples[i] = (short) ((hi << 8) | lo);
        }
        return samples;
    }

    /** The sample rate of the last audio played, 0 before any. */
    public int sampleRate() {
        return player.format == null ? 0 : Math.round(player.format.getSampleRate());
    }

    @Override
    public void close() {
        voice.deallocate();
    }

    /** Keeps what FreeTTS plays; the rest of a player's duties are its null player's. */
    private static final class BytePlayer extends NullAudioPlayer {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private AudioFormat format;

        @Override
        public void setAudioFormat(AudioFormat format) {
            this.format = format;
        }

        @Override
        public AudioFormat getAudioFormat() {
            return format;
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
    }
}
