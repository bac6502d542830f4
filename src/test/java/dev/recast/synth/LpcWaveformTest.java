package dev.recast.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.audio.NullAudioPlayer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LpcWaveformTest {

    /** Several sentences, so one speak runs FreeTTS's output once per sentence. */
    private static final String TEXT = "The tide tables for 1987 were wrong by 4.5 minutes! Nobody noticed, "
            + "at first; then the harbour master, Mr. J. R. Ellis, wrote to the council. Why? Because boats ran aground.";

    @ParameterizedTest
    @ValueSource(strings = {"kevin16", "kevin"})
    void givesTheSamplesFreeTtsOwnOutputPlays(String name) {
        LpcWaveform waveform = new LpcWaveform();
        Voice ours = KevinVoice.named(name, waveform);
        ours.setAudioPlayer(new NullAudioPlayer());
        ours.allocate();
        try (StockFreeTts stock = new StockFreeTts(name)) {
            short[] expected = stock.speak(TEXT);
            assertTrue(ours.speak(TEXT));
            assertTrue(expected.length > 8000, "FreeTTS said something: " + expected.length);
            assertEquals(stock.sampleRate(), waveform.sampleRate());
            assertArrayEquals(expected, waveform.take());
            assertEquals(0, waveform.take().length, "taking empties the waveform");
        } finally {
            ours.deallocate();
        }
    }
}
