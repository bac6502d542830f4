package dev.recast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code recast segment}, run in-process. */
class SegmentCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsOneUtterancePerLineWithItsPauseSourceAndSpokenText() throws Exception {
        Files.writeString(dir.resolve("01-tides.txt"), """
                In 2017 the LED lit at 3:45. Nothing else changed.
                """);

        assertEquals(0, run("segment", dir.toString()));

        assertEquals("""
                01-0001\tsentence\tIn 2017 the LED lit at 3:45.\tIn twenty seventeen the L E D lit at three forty five.
                01-0002\tsection\tNothing else changed.\tNothing else changed.
                """, out());
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void changedShowsOnlyWhatNormalizationRewrote() throws Exception {
        Files.writeString(dir.resolve("01-tides.txt"), "In 2017 it rose. Nothing else changed.\n");

        assertEquals(0, run("segment", "--changed", dir.toString()));

        assertEquals("01-0001\tsentence\tIn 2017 it rose.\tIn twenty seventeen it rose.\n", out());
    }

    @Test
    void aWordInTheInputsLexiconIsSaidAsAWordNotSpelled() throws Exception {
        Files.writeString(dir.resolve("01-ships.txt"), "The AIS and the GPS agreed.\n");
        Files.writeString(dir.resolve("lexicon.txt"), "# our names\nAIS  EY1 AY1 EH1 S\n");

        assertEquals(0, run("segment", dir.toString()));

        assertTrue(out().endsWith("\tThe AIS and the G P S agreed.\n"), out());
    }

    @Test
    void aBadLexiconLineIsAnInputErrorAtItsLine() throws Exception {
        Files.writeString(dir.resolve("01-ships.txt"), "The AIS agreed.\n");
        Files.writeString(dir.resolve("lexicon.txt"), "AIS  EY1 AY1 EH1 S\nKelvin  K EH1 L VV IH0 N\n");

        assertEquals(2, run("segment", dir.toString()));

        assertEquals("recast: " + dir.resolve("lexicon.txt") + ":2: 'VV' is not a CMU phone (e.g. AH0, EH1, K, S)\n",
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void isListedInTheHelp() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("segment [INPUT] [--changed]"), out());
    }
}
