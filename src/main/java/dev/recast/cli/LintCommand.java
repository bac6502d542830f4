package dev.recast.cli;

import dev.recast.RecastException;
import dev.recast.pipeline.Lint;
import java.io.PrintStream;
import java.util.Locale;

/** {@code recast lint [INPUT]}: prints {@link Lint}'s unknown words, one a line. */
final class LintCommand {

    private final PrintStream out;

    LintCommand(PrintStream out) {
        this.out = out;
    }

    int run(String[] args) throws UsageException, RecastException {
        InputOptions options = InputOptions.parse("lint", args);
        if (options.help()) {
            InputOptions.printHelp(out, "lint", "List the words of INPUT's spoken text that FreeTTS's dictionary does "
                    + "not know, most frequent first, with where they are: likely recognition errors (fix them in "
                    + "corrections.tsv) or names. With no INPUT, the bundled example. A report: exits 0.");
            return 0;
        }
        for (Lint.UnknownWord u : Lint.unknownWords(options.input())) {
            out.printf(Locale.ROOT, "%d  %s  %s%n", u.count(), u.word(), String.join(", ", u.locations()));
        }
        return 0;
    }
}
