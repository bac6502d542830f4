package dev.recast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.pipeline.Render;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM started as the launcher starts it, with the quick compiler alone, runs a long first
 * render in a JVM with the optimizing compiler, and a short one itself.
 */
class OptimizingRestartTest {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path dir;

    @Test
    void theRestartedJvmKeepsEveryOptionButTheQuickCompilerAndTakesTheSameArguments() {
        assertEquals(List.of("/jdk/bin/java", "-XX:+UseSerialGC", "-Xmx1g", "-Drecast.launcher=4242", "-cp",
                        "recast.jar", "dev.recast.cli.Main", "render", "in", "--debug"),
                OptimizingRestart.command("/jdk/bin/java", List.of("-XX:+UseSerialGC",
                        OptimizingRestart.QUICK_COMPILER, OptimizingRestart.QUICK_PROPERTY, "-Xmx1g"), 4242,
                        "recast.jar", List.of("render", "in", "--debug")));
    }

    @Test
    void onlyAFirstRenderOfALongTextPaysForTheOptimizingCompiler() {
        long longText = OptimizingRestart.LONG_RENDER_CHARACTERS;
        assertTrue(OptimizingRestart.paysFor(new Render.Workload(longText, true)));
        assertFalse(OptimizingRestart.paysFor(new Render.Workload(longText - 1, true)));
        assertFalse(OptimizingRestart.paysFor(new Render.Workload(longText * 10, false)),
                "a re-render takes its clips and parts from the last one");
    }

    @Test
    @Tag("slow")
    void aLongFirstRenderRunsInARestartedJvmWhoseExitAndOutputAreTheCommands() throws Exception {
        Path out = dir.resolve("out");
        Process parent = quickJvm(longInput(), out);

        Optional<ProcessHandle> restarted = restartedJvm(parent);

        assertTrue(parent.waitFor(120, TimeUnit.SECONDS));
        assertTrue(restarted.isPresent(), "no JVM was started with the optimizing compiler");
        assertFalse(restarted.get().info().arguments().map(List::of).orElse(List.of())
                .contains(OptimizingRestart.QUICK_COMPILER));
        assertEquals(0, parent.exitValue());
        assertEquals(out + "\n", new String(parent.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertTrue(Files.isRegularFile(out.resolve("sections/01-part-1.wav")));
    }

    @Test
    @Tag("slow")
    void aShortRenderRunsWhereItStarted() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("01.txt"), "The harbour clock still keeps good time.\n");
        Process parent = quickJvm(in, dir.resolve("out"));

        assertEquals(Optional.empty(), restartedJvm(parent));
        assertTrue(parent.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, parent.exitValue());
    }

    @Test
    @Tag("slow")
    void aSigtermToTheWaitingJvmStopsTheRestartedOneAndWaitsForItsCleanUp() throws Exception {
        Path out = dir.resolve("out");
        Process parent = quickJvm(longInput(), out);
        ProcessHandle restarted = restartedJvm(parent).orElseThrow();

        parent.destroy();

        assertTrue(parent.waitFor(60, TimeUnit.SECONDS));
        assertNotEquals(0, parent.exitValue());
        assertFalse(restarted.isAlive(), "the restarted JVM outlived the one that waited for it");
        assertEquals(List.of(), entries(temporary()), "left in the temporary folder");
    }

    @Test
    @Tag("slow")
    void aSigtermToTheWaitingJvmMidRenderLeavesNothingOfTheRender() throws Exception {
        Path out = dir.resolve("out");
        Process parent = quickJvm(longInput(), out);
        while (!Files.exists(out) && parent.isAlive()) {
            Thread.sleep(1);
        }

        parent.destroy();

        assertTrue(parent.waitFor(60, TimeUnit.SECONDS));
        assertEquals(143, parent.exitValue(), "the render ended before it was stopped");
        assertFalse(Files.exists(out), "left: " + files(out));
        assertEquals(List.of(), entries(temporary()), "left in the temporary folder");
    }

    /**
     * Over {@link OptimizingRestart#LONG_RENDER_CHARACTERS} of text that cleans down to one
     * sentence: timestamps a recognizer wrote on lines of their own. Its render is quick.
     */
    private Path longInput() throws IOException {
        return longInput(dir);
    }

    static Path longInput(Path dir) throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        List<String> lines = new ArrayList<>(List.of("The harbour clock still keeps good time."));
        long characters = lines.get(0).length();
        for (int second = 0; characters < OptimizingRestart.LONG_RENDER_CHARACTERS; second++) {
            lines.add(String.format("[%02d:%02d:%02d]", second / 3600, second / 60 % 60, second % 60));
            characters += lines.get(lines.size() - 1).length();
        }
        Files.write(in.resolve("01.txt"), lines);
        return in;
    }

    /**
     * {@code recast render} in a JVM started as the launcher starts it, with a temporary folder of
     * its own (the restarted JVM takes its options), where a render without a cache keeps its clips.
     */
    private Process quickJvm(Path in, Path out) throws IOException {
        return quickJvm(dir, in, out, ProcessBuilder.Redirect.DISCARD);
    }

    /** The same, with its standard error to {@code err}. */
    static Process quickJvm(Path dir, Path in, Path out, ProcessBuilder.Redirect err) throws IOException {
        Path temporary = dir.resolve("tmp");
        Files.createDirectories(temporary);
        return new ProcessBuilder(JAVA, "-XX:+UseSerialGC", OptimizingRestart.QUICK_COMPILER,
                OptimizingRestart.QUICK_PROPERTY, "-Djava.io.tmpdir=" + temporary, "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "render", in.toString(), "-o",
                out.toString(), "--no-cache", "--format", "wav", "--loudness", "off", "-q")
                .redirectError(err).start();
    }

    /**
     * The JVM {@code parent} starts, watched for until {@code parent} ends. Only once it runs java:
     * before, the child is the JDK's spawn helper, and killing that fails the start itself, which
     * the parent answers by running the command in its own JVM.
     */
    static Optional<ProcessHandle> restartedJvm(Process parent) throws InterruptedException {
        while (parent.isAlive()) {
            Optional<ProcessHandle> child = parent.toHandle().children().findFirst()
                    .filter(handle -> handle.info().command().filter(command -> !command.endsWith("jspawnhelper"))
                            .isPresent());
            if (child.isPresent()) {
                return child;
            }
            Thread.sleep(5);
        }
        return Optional.empty();
    }

    private Path temporary() {
        return dir.resolve("tmp");
    }

    static List<Path> entries(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.toList();
        }
    }

    static List<Path> files(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
