package dev.recast.cli;

import dev.recast.RecastException;
import dev.recast.bench.Benchmark;
import dev.recast.concurrent.Shutdown;
import dev.recast.storage.FileTrees;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code recast bench [--minutes N] [--memory-scale K] [--rounds R] [-j N]}: the report on stdout, steps on stderr. */
final class BenchCommand {

    private static final int CORES = Runtime.getRuntime().availableProcessors();
    /** How long a stopped benchmark waits for its run to end, and for each program it started, before going on. */
    private static final int STOP_WAIT_SECONDS = 5;

    private static final Options OPTIONS = new Options()
            .addOption(Option.builder().longOpt("minutes").hasArg().argName("N")
                    .desc("minutes of speech in the generated transcript (default: 60)").build())
            .addOption(Option.builder().longOpt("memory-scale").hasArg().argName("K")
                    .desc("the memory run also renders a transcript K times as long (default: 10)").build())
            .addOption(Option.builder().longOpt("rounds").hasArg().argName("R")
                    .desc("run each timed step R times, taking turns, and report the median (default: 3)").build())
            .addOption(Option.builder("j").longOpt("jobs").hasArg().argName("N")
                    .desc("worker threads for the renders (default: the number of cores, " + CORES + " here)").build())
            .addOption(Option.builder().longOpt("keep").hasArg().argName("DIR")
                    .desc("work in DIR and keep it (default: a temporary folder, removed at the end)").build())
            .addOption(Option.builder("h").longOpt("help").desc("show this help").build());

    private final PrintStream out;
    private final PrintStream err;
    /** The whole command line, to run again with the optimizing compiler. */
    private final List<String> commandLine;
    private final Shutdown shutdown;

    BenchCommand(PrintStream out, PrintStream err, List<String> commandLine, Shutdown shutdown) {
        this.out = out;
        this.err = err;
        this.commandLine = commandLine;
        this.shutdown = shutdown;
    }

    int run(String[] args) throws UsageException, RecastException {
        CommandLine line = CommandSyntax.parse("bench", OPTIONS, args);
        if (line.hasOption("help")) {
            CommandSyntax.printHelp(out, "recast bench [options]",
                    "Time bare FreeTTS, renders and re-renders, flite, espeak-ng and lame (where installed) on one "
                            + "generated transcript, and the peak memory of a render at two lengths; print the "
                            + "figures with their ratios to bare FreeTTS.", OPTIONS);
            return 0;
        }
        if (!line.getArgList().isEmpty()) {
            throw new UsageException("bench takes no INPUT (try recast bench --help)");
        }
        int minutes = whole("--minutes", line.getOptionValue("minutes", "60"), 1, 6000);
        int scale = whole("--memory-scale", line.getOptionValue("memory-scale", "10"), 1, 100);
        int jobs = whole("--jobs", line.getOptionValue("jobs", String.valueOf(CORES)), 1, 256);
        int rounds = whole("--rounds", line.getOptionValue("rounds", "3"), 1, 100);
        if (OptimizingRestart.available()) {
            OptionalInt exitCode = OptimizingRestart.run(commandLine, err, shutdown);
            if (exitCode.isPresent()) {
                return exitCode.getAsInt();
            }
        }
        Path work = null;
        Shutdown.Registration onStop = null;
        CountDownLatch finished = new CountDownLatch(1);
        try {
            if (line.hasOption("keep")) {
                work = Path.of(line.getOptionValue("keep"));
            } else {
                // Hours of audio and their caches, gigabytes at --memory-scale 10: not left in /tmp by a Ctrl-C.
                Path temporary = Files.createTempDirectory("recast-bench");
                work = temporary;
                // Registered before the renders, so a stop runs it after theirs have sealed their caches.
                onStop = shutdown.onStop(() -> removeWhenStopped(temporary, finished));
            }
            if (Files.isDirectory(work) && !isEmpty(work)) {
                throw new UsageException("--keep: " + work + " is not empty; the benchmark needs fresh caches");
            }
            Benchmark.Settings settings = new Benchmark.Settings(minutes, scale, jobs, rounds, work);
            for (String reportLine : new Benchmark(step -> err.println("recast: bench: " + step), shutdown).run(settings)) {
                out.println(reportLine);
            }
            return 0;
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.ENVIRONMENT, work == null ? null : work.toString(),
                    "benchmark failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RecastException(RecastException.Kind.FAILURE, null, "benchmark interrupted", e);
        } finally {
            finished.countDown();
            if (onStop != null && onStop.withdraw()) {
                // Not when stopping: the stop removes the folder.
                FileTrees.deleteQuietly(work);
            }
        }
    }

    /**
     * Removes the work folder of a benchmark being stopped, once nothing writes into it: the
     * renders' caches are sealed already (the stop cleaned up after each render first), so a
     * render under way fails at its next clip; the programs the benchmark started (flite,
     * espeak-ng, lame, the render measured for its memory) are ended; and the benchmark is waited
     * for, a few seconds at most, to leave its run.
     */
    private static void removeWhenStopped(Path work, CountDownLatch finished) {
        try {
            endStartedPrograms();
            finished.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            // A step may have started a program between the two.
            endStartedPrograms();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        FileTrees.deleteQuietly(work);
    }

    private static void endStartedPrograms() throws InterruptedException {
        List<ProcessHandle> started = ProcessHandle.current().descendants().toList();
        started.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : started) {
            try {
                process.onExit().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                process.destroyForcibly();
            }
        }
    }

    static int whole(String option, String value, int min, int max) throws UsageException {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " must be a whole number from " + min + " to " + max + ", not '" + value + "'");
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
