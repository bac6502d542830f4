package dev.recast.cli;

import dev.recast.RecastException;
import dev.recast.episode.Timeline;
import dev.recast.pipeline.Render;
import dev.recast.pipeline.RenderOptions;
import dev.recast.pipeline.RenderResult;
import dev.recast.ingest.LexiconReader;
import dev.recast.segment.Lexicon;
import dev.recast.synth.FreeTtsSynthesizer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code recast render [INPUT] [-o DIR] [--voice PROFILE] [--force]}. */
final class RenderCommand {

    private static final Options OPTIONS = new Options()
            .addOption(Option.builder("o").longOpt("output").hasArg().argName("DIR")
                    .desc("episode folder (default: output/<episode-slug>)").build())
            .addOption(Option.builder().longOpt("voice").hasArg().argName("PROFILE")
                    .desc("narrator voice profile: a name in voices/ or a .json file (default: narrator)").build())
            .addOption(Option.builder().longOpt("force")
                    .desc("write into a non-empty folder recast did not create").build())
            .addOption(Option.builder("h").longOpt("help").desc("show this help").build());

    private final PrintStream out;
    private final PrintStream err;

    RenderCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) throws UsageException, RecastException {
        CommandLine line = CommandSyntax.parse("render", OPTIONS, args);
        if (line.hasOption("help")) {
            printHelp();
            return 0;
        }
        List<String> inputs = line.getArgList();
        if (inputs.size() > 1) {
            throw new UsageException("render takes one INPUT, got " + inputs.size() + " (try recast render --help)");
        }
        RenderOptions options = new RenderOptions(
                inputs.isEmpty() ? null : Path.of(inputs.get(0)),
                line.hasOption("output") ? Path.of(line.getOptionValue("output")) : null,
                line.getOptionValue("voice"),
                line.hasOption("force"));
        long started = System.nanoTime();
        // The pronunciations are read before anything renders, so a bad lexicon line stops the run at once.
        Lexicon lexicon = LexiconReader.forInput(options.input());
        RenderResult result = new Render(profile -> FreeTtsSynthesizer.open(profile, lexicon),
                message -> err.println("recast: " + message))
                .run(options);
        double wallSeconds = (System.nanoTime() - started) / 1e9;
        Timeline timeline = result.timeline();
        double audioSeconds = timeline.seconds(timeline.totalSamples());
        err.printf(Locale.ROOT, "recast: rendered \"%s\": %d sections, %d chapters, %d utterances, %s of audio"
                        + " in %.1f s (%.0fx real time); %d removals listed in render.json%n",
                result.title(), timeline.sections().size(), timeline.chapters().size(), timeline.utterances().size(),
                clock(audioSeconds), wallSeconds, audioSeconds / Math.max(wallSeconds, 1e-9), result.removals());
        out.println(result.directory());
        return 0;
    }

    private static String clock(double seconds) {
        long whole = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60);
    }

    private void printHelp() {
        CommandSyntax.printHelp(out, "recast render [INPUT] [options]",
                "Render INPUT (a folder of .txt, .vtt or .srt sections with an optional episode.json, or one such file) into "
                        + "an episode folder. With no INPUT, renders the bundled example.",
                OPTIONS);
    }
}
