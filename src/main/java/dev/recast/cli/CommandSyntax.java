package dev.recast.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/** Parsing a command's options and printing its help, the same way for every command. */
final class CommandSyntax {

    private CommandSyntax() {
    }

    static CommandLine parse(String command, Options options, String[] args) throws UsageException {
        try {
            CommandLine line = new DefaultParser().parse(options, args);
            refuseRepeats(command, line);
            return line;
        } catch (ParseException e) {
            throw new UsageException(e.getMessage() + " (try recast " + command + " --help)");
        }
    }

    /**
     * No option of Recast's may be given twice: Commons CLI would keep the first value and drop
     * the second unsaid, so {@code -o A -o B} wrote to A. A flag given twice is refused the same
     * way, so the rule has no exceptions to remember.
     */
    private static void refuseRepeats(String command, CommandLine line) throws UsageException {
        Set<String> seen = new HashSet<>();
        for (Option option : line.getOptions()) {
            if (!seen.add(option.getKey())) {
                String name = option.getOpt() == null ? "--" + option.getLongOpt()
                        : option.getLongOpt() == null ? "-" + option.getOpt()
                        : "-" + option.getOpt() + "/--" + option.getLongOpt();
                throw new UsageException(name + " given twice (try recast " + command + " --help)");
            }
        }
    }

    static void printHelp(PrintStream out, String usage, String description, Options options) {
        PrintWriter writer = new PrintWriter(out, true);
        new HelpFormatter().printHelp(writer, 100, usage, description + "\n\n", options, 2, 2, "", false);
        writer.flush();
    }
}
