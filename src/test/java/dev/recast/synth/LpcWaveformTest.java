package dev.recast.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.speech.freetts.Age;
import com.sun.speech.freetts.Gender;
import com.sun.speech.freetts.UtteranceProcessor;
import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.audio.NullAudioPlayer;
import com.sun.speech.freetts.en.us.CMUDiphoneVoice;
import com.sun.speech.freetts.en.us.CMULexicon;
import com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory;
import java.net.URL;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LpcWaveformTest {

    /** Several sentences, so one speak runs FreeTTS's output once per sentence. */
    private static final String TEXT = "The tide tables for 1987 were wrong by 4.5 minutes! Nobody noticed, "
            + "at first; then the harbour master, Mr. J. R. Ellis, wrote to the council. Why? Because boats ran aground.";

    @ParameterizedTest
    @ValueSource(strings = {"kevin16", "kevin"})
    void givesTheSamplesFreeTtsOwnOutputPlaysWithinAStep(String name) {
        LpcWaveform waveform = new LpcWaveform();
        Voice ours = new StockFrontEnd(name, waveform);
        ours.setAudioPlayer(new NullAudioPlayer());
        ours.allocate();
        try (StockFreeTts stock = new StockFreeTts(name)) {
            short[] expected = stock.speak(TEXT);
            assertTrue(ours.speak(TEXT));
            assertTrue(expected.length > 8000, "FreeTTS said something: " + expected.length);
            assertEquals(stock.sampleRate(), waveform.sampleRate());
            short[] said = waveform.take();
            assertEquals(expected.length, said.length);
            int differing = 0;
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], said[i], 1, "sample " + i);
                differing += expected[i] == said[i] ? 0 : 1;
            }
            // The sums' rounding moves a sample by one step now and then (1 in 600 on the bench hour).
            assertTrue(differing < expected.length / 100, differing + " of " + expected.length + " differ");
            assertEquals(0, waveform.take().length, "taking empties the waveform");
        } finally {
            ours.deallocate();
        }
    }

    /**
     * FreeTTS's own voice, front end and all, with only its audio output replaced: what the
     * waveform is compared on is the same LPC result, whatever Recast's voices change before it.
     */
    private static final class StockFrontEnd extends CMUDiphoneVoice {
        private final LpcWaveform waveform;

        StockFrontEnd(String name, LpcWaveform waveform) {
            super(name, Gender.MALE, Age.YOUNGER_ADULT, name, Locale.US, "general", "cmu", new CMULexicon("cmulex"),
                    KevinVoiceDirectory.class.getResource(name.equals("kevin16") ? "cmu_us_kal16.bin" : "cmu_us_kal.bin"));
            this.waveform = waveform;
        }

        @Override
        protected UtteranceProcessor getAudioOutput() {
            return waveform;
        }

        @Override
        protected URL getResource(String resource) {
            return CMUDiphoneVoice.class.getResource(resource);
        }
    }
}
