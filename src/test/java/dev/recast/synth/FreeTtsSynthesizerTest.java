package dev.recast.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.RecastException;
import dev.recast.audio.PcmFormat;
import dev.recast.segment.Pause;
import dev.recast.segment.Role;
import dev.recast.segment.Utterance;
import org.junit.jupiter.api.Test;

/** Runs the real engine: these are the tests that show the adapter speaks. */
class FreeTtsSynthesizerTest {

    private static final VoiceProfile NARRATOR = new VoiceProfile("narrator", "kevin16", 150, 100, 11, 1.0);

    private static Utterance say(String text) {
        return new Utterance("01-0001", 1, Role.NARRATION, text, text, null, Pause.SENTENCE);
    }

    private static double rms(short[] samples) {
        double sum = 0;
        for (short s : samples) {
            sum += (double) s * s;
        }
        return Math.sqrt(sum / Math.max(1, samples.length));
    }

    @Test
    void kevin16SpeaksSixteenKilohertzMonoWithoutLeadingOrTrailingSilence() throws Exception {
        try (FreeTtsSynthesizer synth = FreeTtsSynthesizer.open(NARRATOR)) {
            Clip clip = synth.synthesize(say("The sea keeps its own time."));
            assertEquals(PcmFormat.SPEECH_16K, clip.format());
            double seconds = clip.samples().length / 16000.0;
            assertTrue(seconds > 0.8 && seconds < 4, "six words last about two seconds, not " + seconds);
            assertTrue(rms(clip.samples()) > 500, "speech is audible");
            // The engine's own ~150 ms lead-in is trimmed to the 15 ms margin.
            int firstLoud = 0;
            while (Math.abs(clip.samples()[firstLoud]) < 64) {
                firstLoud++;
            }
            assertTrue(firstLoud <= 240, "leading silence " + firstLoud + " samples");
        }
    }

    @Test
    void aFasterRateGivesShorterAudioAndVolumeScalesIt() throws Exception {
        String text = "Twice a day, the sea climbs the harbour wall and falls away again.";
        short[] normal;
        try (FreeTtsSynthesizer synth = FreeTtsSynthesizer.open(NARRATOR)) {
            normal = synth.synthesize(say(text)).samples();
        }
        short[] fastQuiet;
        try (FreeTtsSynthesizer synth = FreeTtsSynthesizer.open(new VoiceProfile("f", "kevin16", 250, 100, 11, 0.5))) {
            fastQuiet = synth.synthesize(say(text)).samples();
        }
        assertTrue(fastQuiet.length < normal.length * 0.8, fastQuiet.length + " vs " + normal.length);
        double ratio = rms(fastQuiet) / rms(normal);
        assertTrue(ratio > 0.35 && ratio < 0.65, "half volume gives about half the RMS, got " + ratio);
    }

    @Test
    void oneSynthesizerSpeaksManyUtterancesIndependently() throws Exception {
        try (FreeTtsSynthesizer synth = FreeTtsSynthesizer.open(NARRATOR)) {
            int first = synth.synthesize(say("Hello there.")).samples().length;
            synth.synthesize(say("A much longer sentence that has nothing to do with the first one at all."));
            assertEquals(first, synth.synthesize(say("Hello there.")).samples().length);
        }
    }

    @Test
    void anUnknownEngineVoiceNamesTheAvailableOnes() {
        RecastException e = assertThrows(RecastException.class,
                () -> FreeTtsSynthesizer.open(new VoiceProfile("x", "alan", 150, 100, 11, 1)));
        assertEquals(RecastException.Kind.INPUT, e.kind());
        assertTrue(e.getMessage().startsWith("unknown engine voice 'alan' (available: "), e.getMessage());
        assertTrue(e.getMessage().contains("kevin16"), e.getMessage());
    }
}
