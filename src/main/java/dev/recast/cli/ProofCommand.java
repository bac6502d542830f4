package dev.recast.cli;

import dev.recast.RecastException;
import dev.recast.concurrent.Shutdown;
import dev.recast.pipeline.Proof;
import dev.recast.pipeline.RenderOptions;
import dev.recast.proof.Pocketsphinx;
import dev.recast.proof.PronouncingDictionary;
import dev.recast.proof.ProofReport;
import dev.recast.proof.ProofReport.Heard;
import dev.recast.proof.ProofReport.MisheardWord;
import dev.recast.proof.WordAlignment;
import dev.recast.synth.Engines;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code recast proof [INPUT] [--voice PROFILE] [--top N] [-j N]}: prints {@link Proof}'s report,
 * the utterances heard worst and the words misheard most often.
 */
final class ProofCommand {

    private static final int CORES = Runtime.getRuntime().availableProcessors();
    private static final int DEFAULT_TOP = 10;

    private static final Options OPTIONS = new Options()
            .addOption(Option.builder().longOpt("voice").hasArg().argName("PROFILE")
                    .desc("narrator voice profile: a name in voices/ or a .json file (default: narrator)").build())
            .addOption(Option.builder().longOpt("top").hasArg().argName("N")
                    .desc("how many utterances and words to list (default: " + DEFAULT_TOP + ")").build())
            .addOption(Option.builder("j").longOpt("jobs").hasArg().argName("N")
                    .desc("worker threads and recognizer processes (default: the number of cores, " + CORES
                            + " here)").build())
            .addOption(Option.builder().longOpt("cache").hasArg().argName("DIR")
                    .desc("utterance cache folder, as for render (default: $XDG_CACHE_HOME/recast or"
                            + " ~/.cache/recast)").build())
            .addOption(Option.builder().longOpt("no-cache").desc("synthesize everything, read and write no cache")
                    .build())
            .addOption(Option.builder("h").longOpt("help").desc("show this help").build());

    private final PrintStream out;
    private final PrintStream err;
    private final Shutdown shutdown;

    ProofCommand(PrintStream out, PrintStream err, Shutdown shutdown) {
        this.out = out;
        this.err = err;
        this.shutdown = shutdown;
    }

    int run(String[] args) throws UsageException, RecastException {
        CommandLine line = CommandSyntax.parse("proof", OPTIONS, args);
        if (line.hasOption("help")) {
            CommandSyntax.printHelp(out, "recast proof [INPUT] [options]", "Synthesize INPUT as a render does"
                    + " (through the same utterance cache), run speech recognition (pocketsphinx) over every"
                    + " utterance, and list the utterances whose recognized words differ most from what was said,"
                    + " then the words misheard most often, with a lexicon.txt line where a word is misheard"
                    + " consistently. With no INPUT, the bundled example. A report: exits 0.", OPTIONS);
            return 0;
        }
        List<String> inputs = line.getArgList();
        if (inputs.size() > 1) {
            throw new UsageException("proof takes one INPUT, got " + inputs.size() + " (try recast proof --help)");
        }
        if (line.hasOption("cache") && line.hasOption("no-cache")) {
            throw new UsageException("--cache and --no-cache exclude each other");
        }
        int top = top(line.getOptionValue("top", String.valueOf(DEFAULT_TOP)));
        RenderOptions options = RenderOptions.defaults()
                .withJobs(RenderOptionValues.jobs(line.getOptionValue("jobs", String.valueOf(CORES))))
                .withCache(line.hasOption("no-cache") ? Optional.empty()
                        : Optional.of(line.hasOption("cache") ? Path.of(line.getOptionValue("cache"))
                                : RenderCommand.defaultCache()));
        if (!inputs.isEmpty()) {
            options = options.withInput(Path.of(inputs.get(0)));
        }
        if (line.hasOption("voice")) {
            options = options.withVoice(line.getOptionValue("voice"));
        }
        Pocketsphinx pocketsphinx = Pocketsphinx.require("proof", options.jobs(), shutdown);
        ProgressDisplay progress = new ProgressDisplay(err, System.console() != null, false, System::nanoTime);
        ProofReport report = new Proof(Engines.standard(), pocketsphinx,
                () -> PronouncingDictionary.read(pocketsphinx.dictionary()), progress).run(options, shutdown);
        print(report, top);
        return 0;
    }

    private void print(ProofReport report, int top) {
        int utterances = report.ranked().size();
        out.printf(Locale.ROOT, "heard %d of %d utterances exactly; %d word errors in %d words said"
                + " (word error rate %.3f)%n", report.heardExactly(), utterances, report.errors(), report.wordsSaid(),
                report.errorRate());
        List<Heard> worst = report.ranked().stream().filter(h -> h.alignment().errors() > 0).limit(top).toList();
        if (!worst.isEmpty()) {
            out.printf(Locale.ROOT, "%nutterances heard worst (%d of %d misheard):%n", worst.size(),
                    utterances - report.heardExactly());
        }
        for (int k = 0; k < worst.size(); k++) {
            Heard h = worst.get(k);
            WordAlignment a = h.alignment();
            out.printf(Locale.ROOT, "%2d. %s  %s  %.2f (%d %s in %d words)%n", k + 1, h.id(), h.location(),
                    h.errorRate(), a.errors(), a.errors() == 1 ? "error" : "errors", a.referenceLength());
            out.println("    said:     " + h.said());
            out.println("    heard:    " + (h.heard().isEmpty() ? "(nothing)" : String.join(" ", h.heard())));
            if (!a.misheard().isEmpty()) {
                out.println("    misheard: " + a.misheard().stream()
                        .map(m -> m.word() + " → " + heardText(m.heardText())).collect(Collectors.joining(", ")));
            }
        }
        List<MisheardWord> words = report.words().stream().limit(top).toList();
        if (!words.isEmpty()) {
            out.printf(Locale.ROOT, "%nwords misheard most often (%d of %d):%n", words.size(), report.words().size());
        }
        for (MisheardWord w : words) {
            out.printf(Locale.ROOT, "  %-14s %d of %d  heard as %s%n", w.word(), w.misheard(), w.said(),
                    w.heardAs().stream().map(as -> heardText(as.heard()) + " " + as.times())
                            .collect(Collectors.joining(", ")));
            w.advice().ifPresent(advice -> out.println(" ".repeat(17) + advice.text()));
        }
    }

    private static String heardText(String heard) {
        return heard.isEmpty() ? "(nothing)" : "\"" + heard + "\"";
    }

    private static int top(String value) throws UsageException {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--top must be a whole number from 1, not '" + value + "'");
    }
}
