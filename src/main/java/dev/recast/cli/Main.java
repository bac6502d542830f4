package dev.recast.cli;

import dev.recast.RecastException;
import dev.recast.RecastVersion;
import dev.recast.concurrent.Shutdown;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * {@code recast <command> [options]}. Takes its streams and returns the exit code, so every
 * command runs in-process in tests; only {@link #main} touches {@code System}.
 */
public final class Main {

    static final String USAGE = """
            usage: recast <command> [options]

            commands:
              render [INPUT] [-o DIR] [--voice PROFILE] [--force]
                         render INPUT (a folder of .txt, .md, .vtt or .srt sections, or one file);
                         with no INPUT, the bundled example episode
              clean [INPUT]
                         print INPUT's cleaned text, what was removed and what corrected, to audit
              segment [INPUT] [--changed]
                         print what will be said, one utterance a line:
                         id TAB pause TAB source text TAB spoken text
              lint [INPUT]
                         list spoken words FreeTTS's dictionary does not know, most frequent first
              proof [INPUT] [--voice PROFILE] [--top N]
                         synthesize INPUT, recognize each utterance (pocketsphinx) and list the ones
                         heard worst and the words misheard most often, with lexicon.txt lines
              voices [--input DIR]
                         list the engine's voices and the voice profiles (bundled, ./voices or DIR/voices)
              say "TEXT" [--voice PROFILE] [-o FILE]
                         say TEXT with one voice profile into a WAV file (default say.wav)
              inspect FILE
                         print a WAV or MP3 episode's duration, tags and chapters
              bench [--minutes N]
                         time renders, re-renders and other engines on a generated transcript
              clarity [TEXT] [--runs N]
                         word error rate of Recast, bare FreeTTS and flite on TEXT (pocketsphinx)
            options:
              -h, --help       show this help (recast <command> --help for a command's options)
              -V, --version    show the version
              --debug          show a stack trace with errors

            exit codes: 0 ok, 1 the work failed, 2 bad usage or input, 3 environment (tool, voice, output)
            """;

    private Main() {
    }

    public static void main(String[] args) {
        Shutdown shutdown = Shutdown.hookedToJvm();
        OptimizingRestart.stopWithLauncher(System.err);
        System.exit(run(args, System.out, System.err, shutdown));
    }

    /** Runs a command in-process, where the JVM's end is no stop of the command's. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Shutdown.manual());
    }

    /**
     * @param shutdown the process's stop: what a command starts is cleaned up by it, and what fails
     *        once it has begun (for want of the files its cleanup removes) is no error to report
     */
    static int run(String[] args, PrintStream rawOut, PrintStream rawErr, Shutdown shutdown) {
        // Input text is printed in many places; its control characters are made harmless in one.
        PrintStream out = TerminalText.escaping(rawOut);
        PrintStream err = TerminalText.escaping(rawErr);
        boolean debug = Arrays.asList(args).contains("--debug");
        String[] rest = Arrays.stream(args).filter(a -> !a.equals("--debug")).toArray(String[]::new);
        try {
            if (rest.length == 0 || rest[0].equals("-h") || rest[0].equals("--help") || rest[0].equals("help")) {
                out.print(USAGE);
                return 0;
            }
            if (rest[0].equals("-V") || rest[0].equals("--version")) {
                out.println("recast " + RecastVersion.current());
                return 0;
            }
            String[] commandArgs = Arrays.copyOfRange(rest, 1, rest.length);
            return switch (rest[0]) {
                case "render" -> new RenderCommand(out, err, List.of(args), shutdown).run(commandArgs);
                case "clean" -> new CleanCommand(out).run(commandArgs);
                case "segment" -> new SegmentCommand(out).run(commandArgs);
                case "lint" -> new LintCommand(out).run(commandArgs);
                case "proof" -> new ProofCommand(out, err, shutdown).run(commandArgs);
                case "voices" -> new VoicesCommand(out).run(commandArgs);
                case "say" -> new SayCommand(out, err).run(commandArgs);
                case "inspect" -> new InspectCommand(out).run(commandArgs);
                case "bench" -> new BenchCommand(out, err, List.of(args), shutdown).run(commandArgs);
                case "clarity" -> new ClarityCommand(out, err, shutdown).run(commandArgs);
                default -> throw new UsageException("unknown command '" + rest[0] + "' (try recast --help)");
            };
        } catch (UsageException e) {
            err.println("recast: " + e.getMessage());
            return 2;
        } catch (RecastException e) {
            if (shutdown.isStopping()) {
                return e.kind().exitCode();
            }
            err.println(line(e));
            if (debug) {
                e.printStackTrace(err);
            }
            return e.kind().exitCode();
        } catch (RuntimeException e) {
            if (shutdown.isStopping()) {
                return 1;
            }
            err.println("recast: internal error: " + e + (debug ? "" : " (run with --debug for details)"));
            if (debug) {
                e.printStackTrace(err);
            }
            return 1;
        }
    }

    /** The line that tells the user of a failure: {@code recast: file:line: message}. */
    public static String line(RecastException e) {
        return "recast: " + (e.location() == null ? "" : e.location() + ": ") + e.getMessage();
    }
}
