package dev.recast.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/** Parsing a command's options and printing its help, the same way for every command. */
final class CommandSyntax {

    private CommandSyntax() {
    }

    static CommandLine parse(String command, Options options, String[] args) throws UsageException {
        try {
            return new DefaultParser().parse(options, args);
        } catch (ParseException e) {
            throw new UsageException(e.getMessage() + " (try recast " + command + " --help)");
        }
    }

    static void printHelp(PrintStream out, String usage, String description, Options options) {
        PrintWriter writer = new PrintWriter(out, true);
        new HelpFormatter().printHelp(writer, 100, usage, description + "\n\n", options, 2, 2, "", false);
        writer.flush();
    }
}
