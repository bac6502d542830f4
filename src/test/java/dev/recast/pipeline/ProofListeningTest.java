package dev.recast.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.ExternalTool;
import dev.recast.concurrent.Shutdown;
import dev.recast.proof.Advice;
import dev.recast.proof.Pocketsphinx;
import dev.recast.proof.PronouncingDictionary;
import dev.recast.proof.ProofReport;
import dev.recast.proof.ProofReport.MisheardWord;
import dev.recast.synth.Engines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real proof-listening: FreeTTS speaks, pocketsphinx hears. A lexicon entry gives "morning"
 * absurd phones; the utterances saying it rank first, and the dictionary's line is suggested.
 * Some 7 s of synthesis and recognition: in the slow step.
 */
@Tag("slow")
class ProofListeningTest {

    @Test
    void aMispronouncedWordRanksFirstWithTheDictionarysLine(@TempDir Path dir) throws Exception {
        ExternalTool.require("pocketsphinx_batch");
        Pocketsphinx pocketsphinx = Pocketsphinx.find(2, Shutdown.manual()).orElseThrow(
                () -> new AssertionError("pocketsphinx_batch is installed without its model: " + Pocketsphinx.INSTALL));
        Path input = Files.createDirectories(dir.resolve("in"));
        // Sentences kevin16 says clearly enough for the recognizer; "Good morning." twice: misheard consistently.
        Files.writeString(input.resolve("episode.txt"),
                "One two three four five.\n\nGood morning.\n\nI like green apples.\n\nGood morning.\n");
        Files.writeString(input.resolve("lexicon.txt"), "morning  Z UW1 K B AA0 T\n");

        ProofReport report = new Proof(Engines.standard(), pocketsphinx,
                () -> PronouncingDictionary.read(pocketsphinx.dictionary()), message -> { })
                .run(RenderOptions.defaults().withInput(input).withJobs(2).withCache(Optional.empty()),
                        Shutdown.manual());

        assertTrue(report.ranked().get(0).said().contains("morning"), report.ranked().toString());
        assertTrue(report.ranked().get(0).alignment().errors() > 0);
        MisheardWord morning = report.words().get(0);
        assertEquals("morning", morning.word(), report.words().toString());
        assertEquals(2, morning.misheard());
        assertEquals(Optional.of("lexicon.txt: morning M AO1 R N IH0 NG"), morning.advice().map(Advice::text));
    }
}
