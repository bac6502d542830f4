package dev.recast.cli;

import dev.recast.pipeline.Render;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Runs a long command again in a JVM with the optimizing compiler, this one only waiting for it.
 *
 * <p>The launcher starts the JVM with the quick compiler alone ({@code -XX:TieredStopAtLevel=1}):
 * tiered compilation runs hot code in the quick compiler's profiling form until the optimizing
 * compiler gets to it, which in a short run it seldom does (the bundled example took 3.3 s so,
 * 1.9 s without). Over a long first render the optimizing compiler pays for its warm-up, most of
 * all in the MP3 encoder (an hour: 21.3 s with it, 23.4 s without), and so does the benchmark.
 */
final class OptimizingRestart {

    /** What the launcher adds beside {@link #QUICK_COMPILER}: a JVM started any other way is left as it is. */
    static final String QUICK_PROPERTY = "-Drecast.compiler=quick";
    static final String QUICK_COMPILER = "-XX:TieredStopAtLevel=1";
    /**
     * Input text from which a first render is long enough for the optimizing compiler: some 36
     * minutes of speech. Side by side, half an hour rendered as fast either way, 45 minutes 5 %
     * faster with it, an hour 10 %.
     */
    static final long LONG_RENDER_CHARACTERS = 36_000;
    /**
     * How long a stopped JVM waits for the restarted one to remove its unfinished files: longer
     * than that one's own waits (a stopped benchmark waits 5 s for its run, 5 s for each program).
     */
    private static final int STOP_WAIT_SECONDS = 30;

    private OptimizingRestart() {
    }

    /** Whether this JVM runs the quick compiler alone, as the launcher started it. */
    static boolean available() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().contains(QUICK_PROPERTY);
    }

    /** Whether a render of this workload runs long enough for the optimizing compiler to pay. */
    static boolean paysFor(Render.Workload workload) {
        return workload.fresh() && workload.characters() >= LONG_RENDER_CHARACTERS;
    }

    /** The restarted JVM's command line: this one's options but the quick compiler, then {@code args} for {@link Main}. */
    static List<String> command(String java, List<String> jvmOptions, String classPath, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        for (String option : jvmOptions) {
            if (!option.equals(QUICK_COMPILER) && !option.equals(QUICK_PROPERTY)) {
                command.add(option);
            }
        }
        command.addAll(List.of("-cp", classPath, Main.class.getName()));
        command.addAll(args);
        return command;
    }

    /**
     * Runs {@code args} in a JVM with the optimizing compiler, on this one's terminal and streams,
     * and returns its exit code; empty when it cannot start, so the command runs here after all.
     * Ctrl-C reaches both; a signal to this JVM alone is passed on, and this one waits for the
     * other to remove its unfinished files before it ends.
     */
    static OptionalInt run(List<String> args) {
        Restarted restarted = new Restarted();
        Thread onStop = new Thread(restarted::stop, "recast-restart-stop");
        try {
            Runtime.getRuntime().addShutdownHook(onStop);
            Optional<Process> started = restarted.start(new ProcessBuilder(command(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    ManagementFactory.getRuntimeMXBean().getInputArguments(), System.getProperty("java.class.path"),
                    args)).inheritIO());
            if (started.isEmpty()) {
                return OptionalInt.of(1);
            }
            int exitCode = started.get().waitFor();
            try {
                Runtime.getRuntime().removeShutdownHook(onStop);
            } catch (IllegalStateException stopping) {
                // Stopped as it ended: the hook finds it ended, and this JVM ends as it did.
            }
            return OptionalInt.of(exitCode);
        } catch (IOException e) {
            Runtime.getRuntime().removeShutdownHook(onStop);
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(1);
        } catch (IllegalStateException stopping) {
            // Stopped before the other JVM started: there is nothing to wait for.
            return OptionalInt.of(1);
        }
    }

    /**
     * The restarted JVM, started and stopped under one lock: a stop that comes while it starts
     * waits for it, so none is left running, and none starts after a stop.
     */
    private static final class Restarted {
        private Process process;
        private boolean stopped;

        /** The started JVM, or empty when this one is already stopping. */
        synchronized Optional<Process> start(ProcessBuilder builder) throws IOException {
            if (!stopped) {
                process = builder.start();
            }
            return Optional.ofNullable(process);
        }

        void stop() {
            Process started;
            synchronized (this) {
                stopped = true;
                started = process;
            }
            if (started == null) {
                return;
            }
            started.destroy();
            try {
                if (!started.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                    started.destroyForcibly();
                }
            } catch (InterruptedException e) {
                started.destroyForcibly();
            }
        }
    }
}
