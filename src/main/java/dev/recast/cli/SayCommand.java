package dev.recast.cli;

import dev.recast.RecastException;
import dev.recast.ingest.LexiconReader;
import dev.recast.pipeline.Say;
import dev.recast.segment.Lexicon;
import dev.recast.synth.Clip;
import dev.recast.synth.Engines;
import dev.recast.synth.VoiceProfile;
import dev.recast.synth.VoiceProfiles;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code recast say "TEXT" [--voice PROFILE] [-o FILE]}: one utterance into a WAV file. */
final class SayCommand {

    private static final Options OPTIONS = new Options()
            .addOption(Option.builder("o").longOpt("output").hasArg().argName("FILE")
                    .desc("the WAV file to write (default: say.wav)").build())
            .addOption(Option.builder().longOpt("voice").hasArg().argName("PROFILE")
                    .desc("voice profile: a name in ./voices or bundled, or a .json file (default: narrator)").build())
            .addOption(Option.builder("h").longOpt("help").desc("show this help").build());

    private final PrintStream out;
    private final PrintStream err;

    SayCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) throws UsageException, RecastException {
        CommandLine line = CommandSyntax.parse("say", OPTIONS, args);
        if (line.hasOption("help")) {
            CommandSyntax.printHelp(out, "recast say \"TEXT\" [options]",
                    "Say TEXT, normalized as in an episode, with one voice profile into a WAV file.",
                    OPTIONS);
            return 0;
        }
        if (line.getArgList().size() != 1) {
            throw new UsageException("say takes one TEXT (quote it), got " + line.getArgList().size()
                    + " (try recast say --help)");
        }
        Engines engines = Engines.standard();
        VoiceProfile profile = new VoiceProfiles(List.of(Path.of("voices")), engines)
                .find(line.getOptionValue("voice", VoiceProfiles.NARRATOR));
        Path output = Path.of(line.getOptionValue("output", "say.wav"));
        // Like the profiles, pronunciations come from the current directory: bundled, then ./lexicon.txt.
        Lexicon lexicon = LexiconReader.forInput(Optional.of(Path.of(".")));
        Clip clip = Say.say(line.getArgList().get(0), profile, lexicon, output, engines);
        err.printf(Locale.ROOT, "recast: said \"%s\" with voice '%s': %.2f s%n", clip.utterance().spokenText(),
                profile.name(), clip.samples().length / (double) clip.format().sampleRate());
        out.println(output);
        return 0;
    }
}
