package dev.recast.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * The options of a command that reads an input and reports on it: {@code [INPUT] [--help]}.
 *
 * @param input the input, or empty for the bundled example
 * @param help whether to show the command's help instead
 */
record InputOptions(Optional<Path> input, boolean help) {

    private static final Options OPTIONS = new Options()
            .addOption(Option.builder("h").longOpt("help").desc("show this help").build());

    static InputOptions parse(String command, String[] args) throws UsageException {
        CommandLine line = CommandSyntax.parse(command, OPTIONS, args);
        List<String> inputs = line.getArgList();
        if (inputs.size() > 1) {
            throw new UsageException(command + " takes one INPUT, got " + inputs.size()
                    + " (try recast " + command + " --help)");
        }
        return new InputOptions(inputs.stream().findFirst().map(Path::of), line.hasOption("help"));
    }

    static void printHelp(PrintStream out, String command, String description) {
        CommandSyntax.printHelp(out, "recast " + command + " [INPUT]", description, OPTIONS);
    }
}
