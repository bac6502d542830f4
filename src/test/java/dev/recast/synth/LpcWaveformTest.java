package dev.recast.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.audio.NullAudioPlayer;
import java.io.ByteArrayOutputStream;
import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LpcWaveformTest {

    /** Several sentences, so one speak runs FreeTTS's output once per sentence. */
    private static final String TEXT = "The tide tables for 1987 were wrong by 4.5 minutes! Nobody noticed, "
            + "at first; then the harbour master, Mr. J. R. Ellis, wrote to the council. Why? Because boats ran aground.";

    @ParameterizedTest
    @ValueSource(strings = {"kevin16", "kevin"})
    void givesTheSamplesFreeTtsOwnOutputPlays(String name) {
        Voice stock = FreeTtsSynthesizer.voiceManager().getVoice(name);
        BytePlayer player = new BytePlayer();
        stock.setAudioPlayer(player);
        stock.allocate();
        LpcWaveform waveform = new LpcWaveform();
        Voice ours = KevinVoice.named(name, waveform);
        ours.setAudioPlayer(new NullAudioPlayer());
        ours.allocate();
        try {
            assertTrue(stock.speak(TEXT));
            assertTrue(ours.speak(TEXT));
            short[] expected = player.samples();
            assertTrue(expected.length > 8000, "FreeTTS said something: " + expected.length);
            assertEquals(Math.round(player.getAudioFormat().getSampleRate()), waveform.sampleRate());
            assertArrayEquals(expected, waveform.take());
            assertEquals(0, waveform.take().length, "taking empties the waveform");
        } finally {
            stock.deallocate();
            ours.deallocate();
        }
    }

    /** Keeps the big-endian 16-bit bytes FreeTTS's own output writes. */
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

        short[] samples() {
            byte[] b = bytes.toByteArray();
            short[] samples = new short[b.length / 2];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = (short) ((b[2 * i] << 8) | (b[2 * i + 1] & 0xFF));
            }
            return samples;
        }
    }
}
