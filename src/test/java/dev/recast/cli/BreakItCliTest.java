package dev.recast.cli;

import static dev.recast.cli.Run.recast;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.audio.TestMp3;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 25's break-it cases for the command line, one a defect, each as the user met it: the
 * exit code and the message in plain words.
 */
class BreakItCliTest {

    @TempDir
    Path dir;

    /** Item 3: the atomic rename must not put a WAV file where a FIFO (or a device node) was. */
    @Test
    void sayRefusesToReplaceAnythingButARegularFile() throws Exception {
        Path fifo = dir.resolve("pipe");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());

        Run run = recast("say", "Hello.", "-o", fifo.toString());

        assertEquals(2, run.exit(), run.err());
        assertEquals("recast: " + fifo + ": not a regular file\n", run.err());
        assertFalse(Files.isRegularFile(fifo));
        assertTrue(Files.exists(fifo));
    }

    /** Item 16, and its twin for say: a folder is named as one, not as an IOException. */
    @Test
    void sayAndInspectNameAFolderGivenForAFile() {
        Run say = recast("say", "Hello.", "-o", dir.toString());
        assertEquals(2, say.exit(), say.err());
        assertEquals("recast: " + dir + ": is a folder: give a file name for the WAV file\n", say.err());

        Run inspect = recast("inspect", dir.toString());
        assertEquals(2, inspect.exit(), inspect.err());
        assertEquals("recast: " + dir + ": is a folder: give the WAV or MP3 file to inspect\n", inspect.err());
    }

    /** Item 16: a copy cut short must not claim the whole episode's duration from its header. */
    @Test
    void inspectReportsAnMp3CutShort() throws Exception {
        Path whole = TestMp3.tone(dir, 3);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.mp3"), Arrays.copyOf(bytes, bytes.length / 2));

        Run run = recast("inspect", cut.toString());

        assertEquals(2, run.exit(), run.out() + run.err());
        assertTrue(run.err().startsWith("recast: " + cut + ": the file is cut short: its header declares "),
                run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals(0, recast("inspect", whole.toString()).exit());
    }

    /** Item 10: Commons CLI kept the first of two values and dropped the second unsaid. */
    @Test
    void aRepeatedOptionIsAnError() {
        Run output = recast("render", dir.toString(), "-o", "A", "-o", "B");
        assertEquals(2, output.exit(), output.err());
        assertEquals("recast: -o/--output given twice (try recast render --help)\n", output.err());

        Run format = recast("render", dir.toString(), "--format", "wav", "--format", "mp3");
        assertEquals(2, format.exit(), format.err());
        assertEquals("recast: --format given twice (try recast render --help)\n", format.err());

        Run say = recast("say", "Hi.", "--output", "a.wav", "-o", "b.wav");
        assertEquals("recast: -o/--output given twice (try recast say --help)\n", say.err());
    }

    /** Item 7: a catastrophic regex backtracked for hours with no word; now it stops at its line. */
    @Test
    void aCatastrophicRegexCorrectionIsStoppedAtItsLine() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        // Forty-odd a's: past the thirtieth the match fails and backtracks through every way to pick them.
        Files.writeString(in.resolve("1.txt"), ("The harbour clock stood at the end of the pier, as it had"
                + " for a hundred years and more, and no one wound it. ").repeat(4) + "\n");
        Files.writeString(in.resolve("corrections.tsv"), "# fixes\nShorji\tshogi\n/(.*a){30}/\tx\n");

        long started = System.nanoTime();
        Run run = recast("clean", in.toString());
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertEquals(2, run.exit(), run.err());
        assertEquals("recast: " + in.resolve("corrections.tsv") + ":3: the pattern takes too long on this text"
                + " (1.txt:1): make it more specific, e.g. without a repeat inside a repeat\n", run.err());
        assertTrue(millis < 5_000, millis + " ms");
    }

    /** Item 11: input text's escapes recoloured and retitled the terminal through clean and errors. */
    @Test
    void terminalEscapesInInputNeverReachTheTerminal() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("1.txt"), "# The \u001B[31mred\u001B[0m tide\n\nIt turns\u009B2J twice.\n");

        Run clean = recast("clean", in.toString());
        assertEquals(0, clean.exit(), clean.err());
        assertTrue(clean.out().contains("The \\x1b[31mred\\x1b[0m tide"), clean.out());
        assertTrue(clean.out().contains("It turns\\u009b2J twice."), clean.out());
        Run segment = recast("segment", in.toString());
        assertEquals(0, segment.exit(), segment.err());

        Run jobs = recast("render", in.toString(), "--jobs", "\u001B[2J");
        assertEquals(2, jobs.exit());
        assertEquals("recast: --jobs must be a whole number from 1 to 256, not '\\x1b[2J'\n", jobs.err());

        // A title is the manifest's to get right: a control character in it is refused at its line.
        Files.writeString(in.resolve("episode.json"), "{\"title\": \"Tides\\u001b]0;pwned\\u0007\"}");
        Run titled = recast("clean", in.toString());
        assertEquals(2, titled.exit(), titled.err());

        for (Run run : new Run[] {clean, segment, jobs, titled}) {
            String all = run.out() + run.err();
            assertTrue(all.chars().noneMatch(c -> Character.getType(c) == Character.CONTROL && c != '\n'
                    && c != '\t'), all);
        }
    }

    /** Item 11: the base URL goes in front of every link of the feed and page. */
    @Test
    void theBaseUrlMustBeAnAbsoluteHttpUrl() {
        for (String bad : new String[] {"javascript:alert(1)//", "episodes/", "ftp://example.com/", "https:///x",
                "https://example.com/?a=1", ""}) {
            Run run = recast("render", dir.toString(), "--base-url", bad);
            assertEquals(2, run.exit(), bad + ": " + run.err());
            assertEquals("recast: --base-url must be an absolute http or https URL without a query, such as"
                    + " https://example.com/episodes/, not '" + bad + "'\n", run.err());
        }
        Run fine = recast("render", dir.resolve("missing").toString(), "--base-url", "HTTPS://example.com/ep%201/");
        assertTrue(fine.err().contains("input does not exist"), fine.err());
    }

    /** Item 8: a pasted 100 KB base64 blob was spelled out for minutes, into 46 minutes of audio per 10,000 characters. */
    @Test
    void aPastedBlobIsLeftOutWithAWarningAndARemoval() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        String blob = Base64.getEncoder().encodeToString(new byte[75_000]); // 100,000 characters
        Files.writeString(in.resolve("1.txt"), "The tide turns twice.\n\nThe key was " + blob + " and so on.\n");
        Path out = dir.resolve("out");

        long started = System.nanoTime();
        Run run = recast("render", in.toString(), "-o", out.toString(), "--no-cache", "--format", "wav,captions");
        double seconds = (System.nanoTime() - started) / 1e9;

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("recast: 1.txt:3: warning: left out a run of 100000 characters without a"
                + " space, too long to be words; render.json lists it\n"), run.err());
        assertTrue(seconds < 60, seconds + " s");
        assertFalse(Files.readString(out.resolve("episode.vtt")).contains("AAAA"));
        assertTrue(Files.readString(out.resolve("episode.vtt")).contains("The key was and so on."));
        String report = Files.readString(out.resolve("render.json"));
        assertTrue(report.contains("\"long_token\""), report.substring(0, Math.min(report.length(), 2_000)));
    }

    /** Item 14: the restarted JVM killed with kill -9 gave 137 and not a word. */
    @Test
    void theRestartedJvmKilledIsSaidByTheOneWaitingForIt() throws Exception {
        Path out = dir.resolve("out");
        Path err = dir.resolve("err.txt");
        Process launcher = OptimizingRestartTest.quickJvm(dir, OptimizingRestartTest.longInput(dir), out,
                ProcessBuilder.Redirect.to(err.toFile()));
        ProcessHandle worker = OptimizingRestartTest.restartedJvm(launcher).orElseThrow();

        worker.destroyForcibly();

        assertTrue(launcher.waitFor(60, TimeUnit.SECONDS));
        assertEquals(137, launcher.exitValue());
        assertEquals("recast: the render process was killed (signal 9)\n", Files.readString(err));
    }

    /** Item 14: the launcher killed with kill -9 left its worker to finish and write the folder. */
    @Test
    @Tag("slow")
    void theRestartedJvmStopsWhenTheOneWaitingForItIsKilled() throws Exception {
        Path out = dir.resolve("out");
        Process launcher = OptimizingRestartTest.quickJvm(dir, OptimizingRestartTest.longInput(dir), out,
                ProcessBuilder.Redirect.DISCARD);
        ProcessHandle worker = OptimizingRestartTest.restartedJvm(launcher).orElseThrow();
        while (!Files.exists(out) && worker.isAlive()) {
            Thread.sleep(1);
        }

        launcher.destroyForcibly();

        worker.onExit().get(60, TimeUnit.SECONDS);
        assertFalse(Files.exists(out), "left: " + OptimizingRestartTest.files(out));
        assertEquals(List.of(), OptimizingRestartTest.entries(dir.resolve("tmp")), "left in the temporary folder");
    }
}
