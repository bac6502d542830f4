package dev.recast.cli;

import dev.recast.RecastException;
import dev.recast.synth.Engines;
import dev.recast.synth.VoiceProfile;
import dev.recast.synth.VoiceProfiles;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code recast voices [--input DIR]}: the engine's voices and every profile on offer. */
final class VoicesCommand {

    private static final Options OPTIONS = new Options()
            .addOption(Option.builder("i").longOpt("input").hasArg().argName("DIR")
                    .desc("also list DIR/voices (default: ./voices)").build())
            .addOption(Option.builder("h").longOpt("help").desc("show this help").build());

    private final PrintStream out;

    VoicesCommand(PrintStream out) {
        this.out = out;
    }

    int run(String[] args) throws UsageException, RecastException {
        CommandLine line = CommandSyntax.parse("voices", OPTIONS, args);
        if (line.hasOption("help")) {
            CommandSyntax.printHelp(out, "recast voices [--input DIR]",
                    "List FreeTTS's voices and the voice profiles on offer: bundled ones and those in ./voices "
                            + "(or DIR/voices). A malformed profile is an error at its place.",
                    OPTIONS);
            return 0;
        }
        if (!line.getArgList().isEmpty()) {
            throw new UsageException("voices takes no arguments (try recast voices --help)");
        }
        Path folder = line.hasOption("input") ? Path.of(line.getOptionValue("input")).resolve("voices")
                : Path.of("voices");
        Engines engines = Engines.standard();
        VoiceProfiles profiles = new VoiceProfiles(List.of(folder), engines);
        List<VoiceProfile> all = new ArrayList<>();
        for (String name : profiles.known()) {
            all.add(profiles.find(name)); // every one read before anything is printed
        }
        out.println("engine voices: " + String.join(", ",
                engines.all().stream().flatMap(engine -> engine.voices().stream()).toList()));
        out.println();
        out.printf(Locale.ROOT, "%-12s %-8s %6s %6s %6s %7s  %s%n", "profile", "voice", "rate", "pitch", "range",
                "volume", "from");
        for (VoiceProfile p : all) {
            out.printf(Locale.ROOT, "%-12s %-8s %6s %6s %6s %7s  %s%n", p.name(), p.voice(), number(p.rate()),
                    number(p.pitch()), number(p.pitchRange()), number(p.volume()), profiles.sourceOf(p.name()));
        }
        return 0;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
