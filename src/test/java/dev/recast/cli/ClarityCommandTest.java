package dev.recast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.ExternalTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClarityCommandTest {

    @TempDir
    Path dir;

    @Test
    void refusesWhatCannotBeMeasuredBeforeSayingAnything() {
        Run noRuns = Run.recast("clarity", "--runs", "0");
        assertEquals(2, noRuns.exit());
        assertEquals("recast: --runs must be a whole number from 1 to 20, not '0'\n", noRuns.err());
        Run missing = Run.recast("clarity", dir.resolve("none.txt").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().endsWith("none.txt: no such text file\n"), missing.err());
        Run jitter = Run.recast("clarity", "--jitter", "-1");
        assertEquals("recast: --jitter must be 0 to 10 Hz, not '-1'\n", jitter.err());
    }

    @Test
    @Tag("slow")
    void reportsEachSpeakersRateWithItsRunsAndTheRatios() throws Exception {
        ExternalTool.require("pocketsphinx_batch");
        ExternalTool.require("flite");
        Path text = Files.writeString(dir.resolve("t.txt"), "The keeper climbed the stairs at dusk.\n");
        Run run = Run.recast("clarity", text.toString(), "--runs", "2");
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("7 words, 2 runs a speaker (pitch ±0.30 Hz), rate 150 words a minute; recognizer: pocketsphinx"
                + " en-us", lines.get(0));
        for (String speaker : List.of("recast kevin16 ", "FreeTTS kevin16 ", "flite kal16 ")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(speaker) && l.matches(".*\\d\\.\\d{3} ± \\d\\.\\d{3}"
                    + "   \\d\\.\\d{3} \\d\\.\\d{3}")), speaker + "in:\n" + run.out());
        }
        assertTrue(run.out().contains("recast kevin16 / flite kal16: "), run.out());
    }
}
