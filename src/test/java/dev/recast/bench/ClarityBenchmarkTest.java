package dev.recast.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.ExternalTool;
import dev.recast.proof.Pocketsphinx;
import dev.recast.proof.Recognizer;
import dev.recast.proof.WordAlignment;
import dev.recast.synth.Engines;
import dev.recast.synth.VoiceProfile;
import dev.recast.synth.VoiceProfiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClarityBenchmarkTest {

    private static final String TEXT = "The keeper climbed the stairs. She trimmed the wick at dusk.\n";

    @TempDir
    Path dir;

    @Test
    void scoresEachSpeakersRunsAgainstTheTextAsWritten() throws Exception {
        Path text = Files.writeString(dir.resolve("text.txt"), TEXT);
        List<Path> asked = new ArrayList<>();
        // Hears Recast perfectly and drops the last word of each of bare FreeTTS's utterances.
        Recognizer recognizer = wavs -> {
            asked.addAll(wavs);
            List<List<String>> heard = new ArrayList<>();
            for (Path wav : wavs) {
                String id = wav.getFileName().toString().replace(".wav", "");
                String said = id.endsWith("0001") ? "The keeper climbed the stairs." : "She trimmed the wick at dusk.";
                List<String> words = WordAlignment.words(said);
                heard.add(wav.getParent().getFileName().toString().startsWith("FreeTTS")
                        ? words.subList(0, words.size() - 1) : words);
            }
            return heard;
        };
        Engines engines = Engines.standard();
        VoiceProfile narrator = new VoiceProfiles(List.of(), engines).find(VoiceProfiles.NARRATOR);
        Path work = Files.createDirectories(dir.resolve("work"));
        ClarityBenchmark.Result result = new ClarityBenchmark(engines, narrator, recognizer, Optional.empty(),
                step -> { }).run(new ClarityBenchmark.Settings(Optional.of(text), 2, 0.3, work));
        List<ClarityBenchmark.Score> scores = result.scores();

        assertEquals(List.of("recast kevin16", "FreeTTS kevin16"), scores.stream().map(ClarityBenchmark.Score::speaker)
                .toList());
        assertEquals(List.of(0.0, 0.0), scores.get(0).rates());
        assertEquals(List.of(2 / 11.0, 2 / 11.0), scores.get(1).rates());
        assertEquals(2 / 11.0, scores.get(1).mean(), 1e-12);
        assertEquals(0, scores.get(1).deviation(), 1e-12);
        assertEquals(8, asked.size(), "two utterances, two runs, two speakers");
        assertEquals(11, result.words());
    }

    @Test
    void spreadsTheRunsPitchEvenlyAcrossTheJitter() {
        ClarityBenchmark.Settings settings = new ClarityBenchmark.Settings(Optional.empty(), 3, 0.3, dir);
        assertEquals(-0.3, settings.offset(0), 1e-12);
        assertEquals(0, settings.offset(1), 1e-12);
        assertEquals(0.3, settings.offset(2), 1e-12);
        assertEquals(0, new ClarityBenchmark.Settings(Optional.empty(), 1, 0.3, dir).offset(0));
    }

    @Test
    void theBundledTextHasTheTwoThousandWordsAComparisonNeeds() throws Exception {
        Recognizer hearsNothing = wavs -> wavs.stream().<List<String>>map(wav -> List.of()).toList();
        Engines engines = Engines.standard();
        VoiceProfile narrator = new VoiceProfiles(List.of(), engines).find(VoiceProfiles.NARRATOR);
        ClarityBenchmark.Result result = new ClarityBenchmark(engines, narrator, hearsNothing, Optional.empty(),
                step -> { }).run(new ClarityBenchmark.Settings(Optional.empty(), 1, 0, dir));
        assertTrue(result.words() >= 2000, result.words() + " words");
        assertEquals(List.of(1.0), result.scores().get(0).rates(), "every word missed");
    }

    @Test
    @Tag("slow")
    void pocketsphinxHearsMostOfWhatEachSpeakerSays() throws Exception {
        ExternalTool.require("pocketsphinx_batch");
        Path text = Files.writeString(dir.resolve("text.txt"), TEXT);
        Engines engines = Engines.standard();
        VoiceProfile narrator = new VoiceProfiles(List.of(), engines).find(VoiceProfiles.NARRATOR);
        ClarityBenchmark.Result result = new ClarityBenchmark(engines, narrator,
                Pocketsphinx.find().orElseThrow(), Optional.empty(), step -> { })
                .run(new ClarityBenchmark.Settings(Optional.of(text), 1, 0, Files.createDirectories(dir.resolve("w"))));
        for (ClarityBenchmark.Score score : result.scores()) {
            assertTrue(score.mean() < 0.5, score.toString());
        }
    }
}
