package dev.recast.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.concurrent.Shutdown;
import dev.recast.proof.ProofReport;
import dev.recast.publish.Format;
import dev.recast.proof.ProofReport.Heard;
import dev.recast.proof.Recognizer;
import dev.recast.proof.WordAlignment;
import dev.recast.segment.Utterance;
import dev.recast.synth.Clip;
import dev.recast.synth.Engines;
import dev.recast.synth.FakeEngines;
import dev.recast.synth.FakeSynthesizer;
import dev.recast.synth.Synthesizer;
import dev.recast.synth.VoiceProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Proof-listening with tones for speech and a recognizer that hears what the test says, by utterance id. */
class ProofTest {

    /** What the fake recognizer hears in each utterance's clip, which the proof names after the utterance. */
    private static final Map<String, String> HEARD = Map.of(
            "01-0001", "good morning",
            "01-0002", "the tight is high",
            "02-0001", "one two three",
            "02-0002", "for",
            "02-0003", "good morning");

    @TempDir
    Path dir;

    private Path input;
    private final List<String> synthesized = Collections.synchronizedList(new ArrayList<>());
    private final List<String> recognized = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void writeInput() throws Exception {
        input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("1-first.txt"), "Good morning. The tide is high.\n");
        Files.writeString(input.resolve("2-second.txt"), "One two three.\n\nFour five six. Good morning.\n");
    }

    private final Recognizer recognizer = wavs -> {
        List<List<String>> heard = new ArrayList<>();
        for (Path wav : wavs) {
            String id = wav.getFileName().toString().replace(".wav", "");
            recognized.add(id);
            heard.add(WordAlignment.words(HEARD.get(id)));
        }
        return heard;
    };

    private Engines engines() {
        return FakeEngines.opening((voice, lexicon) -> new Synthesizer() {
            @Override
            public Clip synthesize(Utterance u, VoiceProfile profile) {
                synthesized.add(u.id());
                return new FakeSynthesizer().synthesize(u);
            }

            @Override
            public void close() {
            }
        });
    }

    private ProofReport proof(Optional<Path> cache) throws Exception {
        RenderOptions options = RenderOptions.defaults().withInput(input).withJobs(2).withCache(cache);
        return new Proof(engines(), recognizer, Map::of, message -> { }).run(options, Shutdown.manual());
    }

    @Test
    void ranksUtterancesByMismatchWithWhereTheyAreAndWhatWasHeard() throws Exception {
        ProofReport report = proof(Optional.empty());

        assertEquals(List.of("02-0002", "01-0002", "01-0001", "02-0001", "02-0003"),
                report.ranked().stream().map(Heard::id).toList());
        Heard worst = report.ranked().get(0);
        assertEquals("2-second.txt:3", worst.location());
        assertEquals("Four five six.", worst.said());
        assertEquals(List.of("for"), worst.heard());
        assertEquals(3, worst.alignment().errors());
        assertEquals("1-first.txt:1", report.ranked().get(1).location());
        assertEquals("2-second.txt:1", report.ranked().get(3).location());
        assertEquals(List.of(new WordAlignment.Misheard("four", List.of("for")), new WordAlignment.Misheard("five",
                List.of()), new WordAlignment.Misheard("six", List.of())), worst.alignment().misheard());
        assertEquals(List.of("five", "four", "six", "tide"),
                report.words().stream().map(ProofReport.MisheardWord::word).toList());
        // "Good morning." is said twice with one clip: heard once.
        assertEquals(List.of("01-0001", "01-0002", "02-0001", "02-0002"), recognized);
    }

    @Test
    void sharesTheRendersUtteranceCacheBothWays() throws Exception {
        Path cache = dir.resolve("cache");
        proof(Optional.of(cache));
        assertEquals(4, synthesized.size());

        synthesized.clear();
        RenderOptions render = RenderOptions.of(input, dir.resolve("out")).withLoudness(OptionalDouble.empty())
                .withFormats(Set.of(Format.WAV))
                .withCache(Optional.of(cache));
        RenderResult result = new Render(engines(), message -> { }).run(render);
        assertEquals(List.of(), synthesized, "a render after a proof synthesizes nothing");
        assertEquals(5, result.cacheHits());

        Files.writeString(input.resolve("1-first.txt"), "Good morning. The tide is low.\n");
        new Render(engines(), message -> { }).run(render);
        synthesized.clear();
        proof(Optional.of(cache));
        assertTrue(synthesized.isEmpty(), "a proof after a render synthesizes nothing: " + synthesized);
    }
}
