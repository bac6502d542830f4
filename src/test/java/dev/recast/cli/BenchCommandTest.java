package dev.recast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark in its quickest mode, so it keeps working: the report's shape, not its timings. */
class BenchCommandTest {

    @TempDir
    Path dir;

    @Test
    @Tag("slow")
    void theQuickestBenchReportsEveryStepWithItsRatio() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"bench", "--minutes", "1", "--memory-scale", "1", "--rounds", "2", "--keep",
                dir.resolve("work").toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String report = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        List<String> lines = report.lines().toList();
        assertTrue(lines.get(0).matches("transcript: \\d+ utterances, 0:0\\d:\\d\\d of speech .*"), lines.get(0));
        for (String step : List.of("(a) bare FreeTTS", "(b) render, WAV only", "(b) with --loudness off",
                "(c) render, default formats", "(d) (c) again", "(e) (c) again, one sentence edited")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(step)
                    && l.matches(".*\\s\\d+\\.\\d{3}\\s+\\d+\\.\\d\\d  (\\d+\\.\\d\\d)-(\\d+\\.\\d\\d)$")),
                    step + " with a ratio, its first round and the range of its two rounds in:\n" + report);
        }
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("(a)") && l.contains(" 1.000 ")), report);
        assertTrue(lines.get(0).endsWith("median of 2 rounds"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\(f\\) peak resident memory of \\(c\\), median: "
                + "1 min \\d+ MB \\(\\d+-\\d+\\), 1 min \\d+ MB \\(\\d+-\\d+\\), ratio \\d\\.\\d\\d")),
                "(f) with the medians and ranges of two runs each in:\n" + report);
        for (String tool : List.of("flite", "espeak-ng", "lame")) {
            assertTrue(report.contains(tool), tool + " timed or noted as skipped:\n" + report);
        }
    }

    @Test
    @Tag("slow")
    void aBenchmarkStoppedWhileItRendersLeavesNoFolderBehind() throws Exception {
        Path temporary = Files.createDirectories(dir.resolve("tmp"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + temporary, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "bench", "--minutes", "1", "--memory-scale", "1", "--rounds", "1")
                .redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder said = new StringBuilder();
        // Stopped while the render stores clips into its cache in the work folder.
        for (String line = lines.readLine(); line != null && !line.contains("(b) render"); line = lines.readLine()) {
            said.append(line).append('\n');
        }
        child.destroy();

        assertTrue(child.waitFor(60, TimeUnit.SECONDS), said::toString);
        try (Stream<Path> left = Files.walk(temporary)) {
            assertEquals(List.of(temporary), left.toList(), said::toString);
        }
    }

    @Test
    void refusesANonEmptyWorkFolder() throws Exception {
        Files.createDirectories(dir.resolve("work"));
        Files.writeString(dir.resolve("work/x"), "x");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"bench", "--keep", dir.resolve("work").toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not empty"));
    }
}
