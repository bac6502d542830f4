package dev.recast.cli;

import static dev.recast.cli.Run.recast;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code recast segment}, run in-process. */
class SegmentCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsOneUtterancePerLineWithItsPauseSourceAndSpokenText() throws Exception {
        Files.writeString(dir.resolve("01-tides.txt"), """
                In 2017 the LED lit at 3:45. Nothing else changed.
                """);

        Run run = recast("segment", dir.toString());
        assertEquals(0, run.exit(), run.err());

        assertEquals("""
                01-0001\tsentence\tIn 2017 the LED lit at 3:45.\tIn twenty seventeen the L E D lit at three forty five.
                01-0002\tsection\tNothing else changed.\tNothing else changed.
                """, run.out());
        assertEquals("", run.err());
    }

    @Test
    void changedShowsOnlyWhatNormalizationRewrote() throws Exception {
        Files.writeString(dir.resolve("01-tides.txt"), "In 2017 it rose. Nothing else changed.\n");

        Run run = recast("segment", "--changed", dir.toString());
        assertEquals(0, run.exit(), run.err());

        assertEquals("01-0001\tsentence\tIn 2017 it rose.\tIn twenty seventeen it rose.\n", run.out());
    }

    @Test
    void aWordInTheInputsLexiconIsSaidAsAWordNotSpelled() throws Exception {
        Files.writeString(dir.resolve("01-ships.txt"), "The AIS and the GPS agreed.\n");
        Files.writeString(dir.resolve("lexicon.txt"), "# our names\nAIS  EY1 AY1 EH1 S\n");

        Run run = recast("segment", dir.toString());
        assertEquals(0, run.exit(), run.err());

        assertTrue(run.out().endsWith("\tThe AIS and the G P S agreed.\n"), run.out());
    }

    @Test
    void aBadLexiconLineIsAnInputErrorAtItsLine() throws Exception {
        Files.writeString(dir.resolve("01-ships.txt"), "The AIS agreed.\n");
        Files.writeString(dir.resolve("lexicon.txt"), "AIS  EY1 AY1 EH1 S\nKelvin  K EH1 L VV IH0 N\n");

        Run run = recast("segment", dir.toString());
        assertEquals(2, run.exit(), run.err());

        assertEquals("recast: " + dir.resolve("lexicon.txt") + ":2: 'VV' is not a CMU phone (e.g. AH0, EH1, K, S)\n",
                run.err());
    }

    @Test
    void isListedInTheHelp() {
        Run run = recast("--help");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("segment [INPUT] [--changed]"), run.out());
    }
}
