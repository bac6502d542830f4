package dev.recast.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
        try (FreeTtsSynthesizer synth = FreeTtsSynthesizer.open(NARRATOR.voice())) {
            Clip clip = synth.synthesize(say("The sea keeps its own time."), NARRATOR);
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
        short[] fastQuiet;
        try (FreeTtsSynthesizer synth = FreeTtsSynthesizer.open(NARRATOR.voice())) {
            normal = synth.synthesize(say(text), NARRATOR).samples();
            fastQuiet = synth.synthesize(say(text), new VoiceProfile("f", "kevin16", 250, 100, 11, 0.5)).samples();
        }
        assertTrue(fastQuiet.length < normal.length * 0.8, fastQuiet.length + " vs " + normal.length);
        double ratio = rms(fastQuiet) / rms(normal);
        assertTrue(ratio > 0.35 && ratio < 0.65, "half volume gives about half the RMS, got " + ratio);
    }

    @Test
    void oneSynthesizerSpeaksManyUtterancesIndependently() throws Exception {
        try (FreeTtsSynthesizer synth = FreeTtsSynthesizer.open(NARRATOR.voice())) {
            int first = synth.synthesize(say("Hello there."), NARRATOR).samples().length;
            synth.synthesize(say("A much longer sentence that has nothing to do with the first one at all."), NARRATOR);
            assertEquals(first, synth.synthesize(say("Hello there."), NARRATOR).samples().length);
        }
    }

    @Test
    void oneVoiceSpeaksAsEachProfileExactlyAsAVoiceOfItsOwn() throws Exception {
        VoiceProfile slow = new VoiceProfile("slow", "kevin16", 110, 80, 6, 0.7);
        VoiceProfile fast = new VoiceProfile("fast", "kevin16", 220, 140, 25, 1);
        Utterance line = say("The harbour master wrote to the council in 1987.");
        short[] alone;
        try (FreeTtsSynthesizer synth = FreeTtsSynthesizer.open("kevin16")) {
            alone = synth.synthesize(line, slow).samples();
        }
        try (FreeTtsSynthesizer synth = FreeTtsSynthesizer.open("kevin16")) {
            short[] asFast = synth.synthesize(line, fast).samples();
            assertArrayEquals(alone, synth.synthesize(line, slow).samples());
            assertArrayEquals(asFast, synth.synthesize(line, fast).samples());
            assertTrue(asFast.length < alone.length * 0.7, asFast.length + " vs " + alone.length);
        }
    }

    @Test
    void aProfileOfAnotherEngineVoiceIsRefused() throws Exception {
        try (FreeTtsSynthesizer synth = FreeTtsSynthesizer.open("kevin16")) {
            assertThrows(IllegalArgumentException.class,
                    () -> synth.synthesize(say("Hello."), new VoiceProfile("low", "kevin", 150, 100, 11, 1)));
        }
    }

    @Test
    void anUnknownEngineVoiceNamesTheAvailableOnes() {
        RecastException e = assertThrows(RecastException.class,
                () -> FreeTtsSynthesizer.open("alan"));
        assertEquals(RecastException.Kind.INPUT, e.kind());
        assertTrue(e.getMessage().startsWith("unknown engine voice 'alan' (available: "), e.getMessage());
        assertTrue(e.getMessage().contains("kevin16"), e.getMessage());
    }

    @Test
    void volumeRoundsEverySampleAsMathRoundDoes() {
        short[] every = new short[1 << 16];
        for (float volume : new float[] {0.9f, 0.95f, 1.0f, 0.5f, 0.333f, 1.7f, 2.0f, 0.01f}) {
            short[] expected = new short[every.length];
            for (int i = 0; i < every.length; i++) {
                every[i] = (short) (i + Short.MIN_VALUE);
                int rounded = Math.round(every[i] * volume);
                expected[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, rounded));
            }
            FreeTtsSynthesizer.applyVolume(every, volume);
            assertArrayEquals(expected, every, "volume " + volume);
        }
    }
}
