package dev.recast.cli;

import dev.recast.RecastException;
import dev.recast.clean.Section;
import dev.recast.ingest.LexiconReader;
import dev.recast.pipeline.Cleaned;
import dev.recast.segment.Segmenter;
import dev.recast.segment.SegmenterConfig;
import dev.recast.segment.Utterance;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code recast segment [INPUT] [--changed]}: what will be said, one utterance a line
 * ({@code id<TAB>pause<TAB>source<TAB>spoken}), to proof before rendering an hour of audio.
 */
final class SegmentCommand {

    private static final Options OPTIONS = new Options()
            .addOption(Option.builder().longOpt("changed").desc("only the utterances whose spoken text differs from "
                    + "the source").build())
            .addOption(Option.builder("h").longOpt("help").desc("show this help").build());

    private final PrintStream out;

    SegmentCommand(PrintStream out) {
        this.out = out;
    }

    int run(String[] args) throws UsageException, RecastException {
        CommandLine line = CommandSyntax.parse("segment", OPTIONS, args);
        if (line.hasOption("help")) {
            CommandSyntax.printHelp(out, "recast segment [INPUT] [--changed]", "Print what will be said for INPUT, "
                    + "one utterance a line: id TAB pause TAB source text TAB spoken text (the pause after it: "
                    + "clause, sentence, paragraph, chapter or section). Spoken text is what the engine is told "
                    + "to say after normalization. With no INPUT, the bundled example.", OPTIONS);
            return 0;
        }
        List<String> inputs = line.getArgList();
        if (inputs.size() > 1) {
            throw new UsageException("segment takes one INPUT, got " + inputs.size() + " (try recast segment --help)");
        }
        Optional<Path> input = inputs.stream().findFirst().map(Path::of);
        Segmenter segmenter = new Segmenter(SegmenterConfig.DEFAULTS, LexiconReader.forInput(input).knownWords());
        for (Section section : Cleaned.read(input).sections()) {
            for (Utterance u : segmenter.segment(section)) {
                if (!line.hasOption("changed") || !u.spokenText().equals(u.sourceText())) {
                    out.printf(Locale.ROOT, "%s\t%s\t%s\t%s%n", u.id(), u.after().name().toLowerCase(Locale.ROOT),
                            oneLine(u.sourceText()), u.spokenText());
                }
            }
        }
        return 0;
    }

    /** A source sentence wrapped over lines stays one field. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
