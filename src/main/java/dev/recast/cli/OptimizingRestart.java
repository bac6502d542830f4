package dev.recast.cli;

import dev.recast.concurrent.Shutdown;
import dev.recast.pipeline.Render;
import java.io.IOException;
import java.io.PrintStream;
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
    /** Set in the restarted JVM to the waiting one's pid, which it watches (see {@link #stopWithLauncher}). */
    static final String LAUNCHER_PROPERTY = "recast.launcher";
    /** How often the restarted JVM checks that the waiting one is there: a tenth of a second to notice. */
    private static final long LAUNCHER_CHECK_MILLIS = 100;
    /** What {@link Process#waitFor} gives for a process ended by SIGKILL: 128 + 9. */
    private static final int KILLED = 137;
    /** The exit code of a JVM stopped by SIGTERM, 128 + 15, for a restarted one stopped the same way. */
    private static final int STOPPED = 143;

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

    /**
     * The restarted JVM's command line: this one's options but the quick compiler, the pid of the
     * JVM that waits for it, then {@code args} for {@link Main}.
     */
    static List<String> command(String java, List<String> jvmOptions, long launcher, String classPath,
            List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        for (String option : jvmOptions) {
            if (!option.equals(QUICK_COMPILER) && !option.equals(QUICK_PROPERTY)) {
                command.add(option);
            }
        }
        command.add("-D" + LAUNCHER_PROPERTY + "=" + launcher);
        command.addAll(List.of("-cp", classPath, Main.class.getName()));
        command.addAll(args);
        return command;
    }

    /**
     * Runs {@code args} in a JVM with the optimizing compiler, on this one's terminal and streams,
     * and returns its exit code; empty when it cannot start, so the command runs here after all.
     * Ctrl-C reaches both; a signal to this JVM alone is passed on, and this one waits for the
     * other to remove its unfinished files before it ends. The other killed outright ({@code kill
     * -9}, the kernel's out-of-memory killer) can say nothing itself, so this one says it on {@code err}.
     */
    static OptionalInt run(List<String> args, PrintStream err, Shutdown shutdown) {
        Restarted restarted = new Restarted();
        Shutdown.Registration onStop;
        try {
            onStop = shutdown.onStop(restarted::stop);
        } catch (IllegalStateException stopping) {
            // Stopped before the other JVM started: there is nothing to wait for.
            return OptionalInt.of(1);
        }
        try {
            Optional<Process> started = restarted.start(new ProcessBuilder(command(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    ManagementFactory.getRuntimeMXBean().getInputArguments(), ProcessHandle.current().pid(),
                    System.getProperty("java.class.path"), args)).inheritIO());
            if (started.isEmpty()) {
                return OptionalInt.of(1);
            }
            int exitCode = started.get().waitFor();
            if (!onStop.withdraw()) {
                // Stopped as it ended: the stop finds it ended, and this JVM ends as it did.
                return OptionalInt.of(exitCode);
            }
            if (exitCode == KILLED) {
                String command = args.stream().filter(arg -> !arg.startsWith("-")).findFirst().orElse("recast");
                err.println("recast: the " + command + " process was killed (signal 9)");
            }
            return OptionalInt.of(exitCode);
        } catch (IOException e) {
            onStop.withdraw();
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(1);
        }
    }

    /**
     * In a restarted JVM, stops it as SIGTERM would (its shutdown hook removes the render's
     * unfinished files) once the JVM waiting for it is gone: killed with {@code kill -9}, that one
     * cannot pass the stop on, and the render would go on writing a folder nobody waits for.
     * Checks this process's parent, which becomes another once the waiting JVM is gone, so a
     * reused pid cannot pass for it.
     */
    static void stopWithLauncher(PrintStream err) {
        String launcher = System.getProperty(LAUNCHER_PROPERTY);
        if (launcher == null) {
            return;
        }
        long pid = Long.parseLong(launcher);
        Thread watch = new Thread(() -> {
            try {
                while (ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L) == pid) {
                    Thread.sleep(LAUNCHER_CHECK_MILLIS);
                }
            } catch (InterruptedException e) {
                return;
            }
            err.println("recast: stopping: the recast process that started this one is gone");
            System.exit(STOPPED);
        }, "recast-launcher-watch");
        watch.setDaemon(true);
        watch.start();
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
