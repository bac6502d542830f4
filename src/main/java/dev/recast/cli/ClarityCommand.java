package dev.recast.cli;

import dev.recast.Programs;
import dev.recast.RecastException;
import dev.recast.bench.ClarityBenchmark;
import dev.recast.concurrent.Shutdown;
import dev.recast.proof.Pocketsphinx;
import dev.recast.storage.FileTrees;
import dev.recast.synth.Engines;
import dev.recast.synth.VoiceProfile;
import dev.recast.synth.VoiceProfiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code recast clarity [TEXT] [--runs N] [--jitter HZ] [-j N]}: the report on stdout, steps on stderr. */
final class ClarityCommand {

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private static final Options OPTIONS = new Options()
            .addOption(Option.builder().longOpt("runs").hasArg().argName("N")
                    .desc("times each speaker says the text (default: 3)").build())
            .addOption(Option.builder().longOpt("jitter").hasArg().argName("HZ")
                    .desc("how far the first and last runs move the pitch (default: 0.3)").build())
            .addOption(Option.builder().longOpt("voice").hasArg().argName("PROFILE")
                    .desc("the voice profile Recast and bare FreeTTS speak with (default: narrator)").build())
            .addOption(Option.builder("j").longOpt("jobs").hasArg().argName("N")
                    .desc("recognizer processes at once (default: the number of cores, " + CORES + " here)").build())
            .addOption(Option.builder("h").longOpt("help").desc("show this help").build());

    private final PrintStream out;
    private final PrintStream err;
    private final Shutdown shutdown;

    ClarityCommand(PrintStream out, PrintStream err, Shutdown shutdown) {
        this.out = out;
        this.err = err;
        this.shutdown = shutdown;
    }

    int run(String[] args) throws UsageException, RecastException {
        CommandLine line = CommandSyntax.parse("clarity", OPTIONS, args);
        if (line.hasOption("help")) {
            CommandSyntax.printHelp(out, "recast clarity [TEXT] [options]", "Measure how clearly the narrator speaks: "
                    + "TEXT (default: some 2,000 bundled words) said by Recast, by bare FreeTTS and by flite's kal16 "
                    + "(where installed), each several times, heard by pocketsphinx; print each one's word error rate "
                    + "with its spread. Takes some minutes a run.", OPTIONS);
            return 0;
        }
        if (line.getArgList().size() > 1) {
            throw new UsageException("clarity takes at most one TEXT file (try recast clarity --help)");
        }
        Optional<Path> text = line.getArgList().stream().findFirst().map(Path::of);
        if (text.isPresent() && !Files.isRegularFile(text.get())) {
            throw RecastException.input(text.get().toString(), "no such text file");
        }
        int runs = BenchCommand.whole("--runs", line.getOptionValue("runs", "3"), 1, 20);
        double jitter = jitter(line.getOptionValue("jitter", "0.3"));
        int jobs = BenchCommand.whole("--jobs", line.getOptionValue("jobs", String.valueOf(CORES)), 1, 256);
        Engines engines = Engines.standard();
        VoiceProfile narrator = new VoiceProfiles(List.of(Path.of("voices")), engines)
                .find(line.getOptionValue("voice", VoiceProfiles.NARRATOR));
        Pocketsphinx recognizer = Pocketsphinx.require("clarity", jobs, shutdown);
        Path work = null;
        Shutdown.Registration onStop = null;
        try {
            Path temporary = Files.createTempDirectory("recast-clarity");
            work = temporary;
            onStop = shutdown.onStop(() -> FileTrees.deleteQuietly(temporary));
            ClarityBenchmark benchmark = new ClarityBenchmark(engines, narrator, recognizer,
                    Programs.onPath("flite"), step -> err.println("recast: clarity: " + step));
            ClarityBenchmark.Result result = benchmark.run(new ClarityBenchmark.Settings(text, runs, jitter, work));
            print(result.scores(), result.words(), runs, jitter, narrator);
            return 0;
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.ENVIRONMENT, work == null ? null : work.toString(),
                    "clarity benchmark failed: " + e.getMessage(), e);
        } finally {
            if (onStop != null && onStop.withdraw()) {
                FileTrees.deleteQuietly(work);
            }
        }
    }

    private void print(List<ClarityBenchmark.Score> scores, int words, int runs, double jitter, VoiceProfile narrator) {
        out.printf(Locale.ROOT, "%d words, %d run%s a speaker (pitch ±%.2f Hz), rate %.0f words a minute; "
                + "recognizer: pocketsphinx en-us%n", words, runs, runs == 1 ? "" : "s", jitter, narrator.rate());
        out.printf(Locale.ROOT, "%-16s %-15s %s%n", "speaker", "word error rate", "runs");
        for (ClarityBenchmark.Score score : scores) {
            out.printf(Locale.ROOT, "%-16s %.3f ± %.3f   %s%n", score.speaker(), score.mean(), score.deviation(),
                    score.rates().stream().map(r -> String.format(Locale.ROOT, "%.3f", r))
                            .collect(Collectors.joining(" ")));
        }
        ClarityBenchmark.Score recast = scores.get(0);
        for (ClarityBenchmark.Score other : scores.subList(1, scores.size())) {
            out.printf(Locale.ROOT, "%s / %s: %.2f%n", recast.speaker(), other.speaker(),
                    recast.mean() / other.mean());
        }
    }

    private static double jitter(String value) throws UsageException {
        try {
            double hz = Double.parseDouble(value.strip());
            if (hz >= 0 && hz <= 10) {
                return hz;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--jitter must be 0 to 10 Hz, not '" + value + "'");
    }
}
