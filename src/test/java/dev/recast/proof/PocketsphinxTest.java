package dev.recast.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.ExternalTool;
import dev.recast.RecastException;
import dev.recast.audio.PcmFormat;
import dev.recast.audio.WavReader;
import dev.recast.audio.WavWriter;
import dev.recast.concurrent.Shutdown;
import dev.recast.pipeline.Say;
import dev.recast.segment.Lexicon;
import dev.recast.synth.Engines;
import dev.recast.synth.VoiceProfiles;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PocketsphinxTest {

    @Test
    void readsTheIdAndDropsNonWordsAndVariantNumbers() {
        List<List<String>> heard = Pocketsphinx.heard(List.of(
                "<s> the quick read(2) fox [noise] </s> (1 -11503)",
                " (2 0)",
                "garbage without an id"), 4);
        assertEquals(List.of(List.of(), List.of("the", "quick", "read", "fox"), List.of(), List.of()), heard);
    }

    @Test
    void missingProgramOrModelIsAnEnvironmentErrorSayingHowToInstall(@TempDir Path dir) {
        assertTrue(Pocketsphinx.find(Optional.empty(), Pocketsphinx.MODEL, 1, Shutdown.manual()).isEmpty());
        assertTrue(Pocketsphinx.find(Optional.of(Path.of("/bin/true")), dir, 1, Shutdown.manual()).isEmpty());
        RecastException e = assertThrows(RecastException.class,
                () -> Pocketsphinx.require("proof", Optional.empty()));
        assertEquals(RecastException.Kind.ENVIRONMENT, e.kind());
        assertEquals("recast: proof needs pocketsphinx: apt-get install pocketsphinx pocketsphinx-en-us",
                "recast: " + e.getMessage());
    }

    /**
     * Real recognition of FreeTTS's speech: the words come back for each file, in order, at 16 and
     * 8 kHz. The phrases are ones kevin16 says clearly enough for the recognizer to get right.
     */
    @Test
    void hearsEachFileInOrder(@TempDir Path dir) throws Exception {
        ExternalTool.require(Pocketsphinx.PROGRAM);
        Pocketsphinx pocketsphinx = Pocketsphinx.find().orElseThrow(
                () -> new AssertionError("pocketsphinx_batch is installed without its model: " + Pocketsphinx.INSTALL));
        Engines engines = Engines.standard();
        var narrator = new VoiceProfiles(List.of(), engines).find(VoiceProfiles.NARRATOR);
        Path first = dir.resolve("first.wav");
        Path second = dir.resolve("second.wav");
        Say.say("Good morning.", narrator, Lexicon.EMPTY, first, engines);
        Say.say("One two three four five.", narrator, Lexicon.EMPTY, second, engines);
        Path halfRate = dir.resolve("half.wav");
        writeEverySecondSample(second, halfRate);

        List<List<String>> heard = pocketsphinx.recognize(List.of(second, first, halfRate));

        assertEquals(3, heard.size());
        assertEquals(List.of("one", "two", "three", "four", "five"), heard.get(0));
        assertEquals(List.of("good", "morning"), heard.get(1));
        assertEquals(List.of("one", "two", "three", "four", "five"), heard.get(2));
    }

    @Test
    void refusesRatesAboveTheModels(@TempDir Path dir) throws Exception {
        ExternalTool.require(Pocketsphinx.PROGRAM);
        Path wav = dir.resolve("cd.wav");
        try (OutputStream out = Files.newOutputStream(wav)) {
            WavWriter.write(out, new PcmFormat(44_100, 16, 1), List.of(), new short[4410]);
        }
        RecastException e = assertThrows(RecastException.class,
                () -> Pocketsphinx.find().orElseThrow().recognize(List.of(wav)));
        assertEquals(RecastException.Kind.INPUT, e.kind());
        assertEquals(wav.toString(), e.location());
        assertTrue(e.getMessage().contains("44100 Hz"), e.getMessage());
    }

    /** An 8 kHz copy: every second sample (the voice has little above 4 kHz to fold back). */
    private static void writeEverySecondSample(Path from, Path to) throws Exception {
        short[] samples = WavReader.readSamples(from);
        short[] half = new short[samples.length / 2];
        for (int k = 0; k < half.length; k++) {
            half[k] = samples[2 * k];
        }
        try (OutputStream out = Files.newOutputStream(to)) {
            WavWriter.write(out, new PcmFormat(8_000, 16, 1), List.of(), half);
        }
    }
}
