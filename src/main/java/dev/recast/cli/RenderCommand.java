package dev.recast.cli;

import dev.recast.RecastException;
import dev.recast.concurrent.Shutdown;
import dev.recast.episode.Timeline;
import dev.recast.ingest.ShowReader;
import dev.recast.ingest.TitleOrigin;
import dev.recast.pipeline.Render;
import dev.recast.pipeline.RenderOptions;
import dev.recast.pipeline.RenderResult;
import dev.recast.pipeline.ShowRender;
import dev.recast.publish.Format;
import dev.recast.synth.CacheLimit;
import dev.recast.synth.Engines;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code recast render [INPUT] [-o DIR] [--voice PROFILE] [--force] [--format LIST] …}. */
final class RenderCommand {

    private static final int CORES = Runtime.getRuntime().availableProcessors();
    /** Said once a render whose feed links relatively: podcast apps fetch a feed's links as absolute URLs. */
    static final String RELATIVE_LINKS_NOTE = "recast: note: feed.xml's links are relative; podcast apps need absolute"
            + " ones: give --base-url with the http(s) URL the folder will be served at";

    private static final Options OPTIONS = new Options()
            .addOption(Option.builder("o").longOpt("output").hasArg().argName("DIR")
                    .desc("episode or show folder (default: output/<episode-slug> or output/<show-slug>)").build())
            .addOption(Option.builder().longOpt("voice").hasArg().argName("PROFILE")
                    .desc("narrator voice profile: a name in voices/ or a .json file (default: narrator)").build())
            .addOption(Option.builder().longOpt("force")
                    .desc("write into a non-empty folder recast did not create").build())
            .addOption(Option.builder().longOpt("format").hasArg().argName("LIST")
                    .desc("outputs to write, comma-separated: " + Format.known() + ","
                            + " default, all (default: all but m4b)").build())
            .addOption(Option.builder().longOpt("bitrate").hasArg().argName("KBPS")
                    .desc("MP3 bitrate in kbit/s (default: " + RenderOptions.DEFAULT_MP3_BITRATE + ")").build())
            .addOption(Option.builder().longOpt("loudness").hasArg().argName("LUFS")
                    .desc("integrated loudness to normalize to, or 'off' (default: "
                            + (int) RenderOptions.DEFAULT_LOUDNESS + ")").build())
            .addOption(Option.builder().longOpt("timing").hasArg().argName("MODE")
                    .desc("natural: utterances one after another; source: where the caption file's times put them"
                            + " (default: the episode.json's \"timing\", else natural)").build())
            .addOption(Option.builder().longOpt("max-speedup").hasArg().argName("X")
                    .desc("under --timing source, the most an utterance is sped up to fit its slot, 1.0 to 2.0"
                            + " (default: " + RenderOptions.DEFAULT_MAX_SPEEDUP + ")").build())
            .addOption(Option.builder().longOpt("base-url").hasArg().argName("URL")
                    .desc("the http(s) URL where the episode folder will be served, for absolute links in feed.xml").build())
            .addOption(Option.builder("j").longOpt("jobs").hasArg().argName("N")
                    .desc("worker threads (default: the number of cores, " + CORES + " here)").build())
            .addOption(Option.builder().longOpt("cache").hasArg().argName("DIR")
                    .desc("utterance cache folder (default: $XDG_CACHE_HOME/recast or ~/.cache/recast)").build())
            .addOption(Option.builder().longOpt("cache-limit").hasArg().argName("SIZE")
                    .desc("most the cache may hold before the entries used least recently are removed, e.g. 500M or"
                            + " 20G, or 'none' (default: " + ByteSize.format(CacheLimit.DEFAULT_BYTES) + ")").build())
            .addOption(Option.builder().longOpt("no-cache").desc("synthesize everything, read and write no cache").build())
            .addOption(Option.builder("q").longOpt("quiet").desc("print nothing but errors and the episode folder").build())
            .addOption(Option.builder("h").longOpt("help").desc("show this help").build());


    private final PrintStream out;
    private final PrintStream err;
    /** The whole command line, to run again with the optimizing compiler. */
    private final List<String> commandLine;
    private final Shutdown shutdown;

    RenderCommand(PrintStream out, PrintStream err, List<String> commandLine, Shutdown shutdown) {
        this.out = out;
        this.err = err;
        this.commandLine = commandLine;
        this.shutdown = shutdown;
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
        if (line.hasOption("cache") && line.hasOption("no-cache")) {
            throw new UsageException("--cache and --no-cache exclude each other");
        }
        if (line.hasOption("cache-limit") && line.hasOption("no-cache")) {
            throw new UsageException("--cache-limit has no cache to limit with --no-cache");
        }
        Optional<Long> cacheLimit = RenderOptionValues.cacheLimit(line.getOptionValue("cache-limit",
                String.valueOf(CacheLimit.DEFAULT_BYTES)));
        RenderOptions options = RenderOptions.defaults()
                .withForce(line.hasOption("force"))
                .withFormats(RenderOptionValues.formats(line.getOptionValue("format", "default")))
                .withMp3Bitrate(
                        RenderOptionValues.bitrate(line.getOptionValue("bitrate",
                                String.valueOf(RenderOptions.DEFAULT_MP3_BITRATE))))
                .withLoudness(RenderOptionValues.loudness(line.getOptionValue("loudness",
                        String.valueOf(RenderOptions.DEFAULT_LOUDNESS))))
                .withJobs(RenderOptionValues.jobs(line.getOptionValue("jobs", String.valueOf(CORES))))
                .withCache(line.hasOption("no-cache") ? Optional.empty()
                        : Optional.of(line.hasOption("cache") ? Path.of(line.getOptionValue("cache"))
                                : defaultCache()));
        if (!inputs.isEmpty()) {
            options = options.withInput(Path.of(inputs.get(0)));
        }
        if (line.hasOption("output")) {
            options = options.withOutput(Path.of(line.getOptionValue("output")));
        }
        if (line.hasOption("voice")) {
            options = options.withVoice(line.getOptionValue("voice"));
        }
        if (line.hasOption("base-url")) {
            options = options.withBaseUrl(RenderOptionValues.baseUrl(line.getOptionValue("base-url")));
        }
        if (line.hasOption("timing")) {
            options = options.withTiming(RenderOptionValues.timing(line.getOptionValue("timing")));
        }
        if (line.hasOption("max-speedup")) {
            options = options.withMaxSpeedup(RenderOptionValues.maxSpeedup(line.getOptionValue("max-speedup")));
        }
        boolean quiet = line.hasOption("quiet");
        if (options.input().isPresent() && ShowReader.isShow(options.input().get())) {
            return renderShow(options, cacheLimit, quiet);
        }
        if (OptimizingRestart.available() && OptimizingRestart.paysFor(Render.workload(options))) {
            OptionalInt exitCode = OptimizingRestart.run(commandLine, err, shutdown);
            if (exitCode.isPresent()) {
                return exitCode.getAsInt();
            }
        }
        Instant startedAt = Instant.now();
        long started = System.nanoTime();
        ProgressDisplay progress = new ProgressDisplay(err, System.console() != null, quiet, System::nanoTime);
        RenderResult result = new Render(Engines.standard(), progress).run(options, shutdown);
        double wallSeconds = (System.nanoTime() - started) / 1e9;
        relativeLinksNote(options, quiet);
        if (options.cache().isPresent() && cacheLimit.isPresent() && !result.unchanged()) {
            keepUnder(new CacheLimit(options.cache().get(), cacheLimit.get()), result.cacheBytesStored(), startedAt,
                    quiet);
        }
        if (result.unchanged()) {
            if (!quiet) {
                err.printf(Locale.ROOT, "recast: \"%s\" is up to date (checked in %.1f s)%n", result.title(),
                        wallSeconds);
            }
            out.println(result.directory());
            return 0;
        }
        Timeline timeline = result.timeline();
        double audioSeconds = timeline.seconds(timeline.totalSamples());
        if (!quiet) {
            titleNote(result.title(), result.titleOrigin(), options.input()).ifPresent(err::println);
            err.printf(Locale.ROOT, "recast: rendered \"%s\": %d sections, %d chapters, %d utterances, %s of audio"
                        + " in %.1f s (%.0fx real time), %d utterances from the cache; %d removals listed in render.json%n",
                result.title(), timeline.sections().size(), timeline.chapters().size(), timeline.utterances().size(),
                    clock(audioSeconds), wallSeconds, audioSeconds / Math.max(wallSeconds, 1e-9), result.cacheHits(),
                    result.removals());
        }
        out.println(result.directory());
        return 0;
    }

    /**
     * Renders a show folder: every episode, then the show's own files. An episode that fails is
     * told as any failure is, and the others are rendered; the command then exits as the worst did.
     */
    private int renderShow(RenderOptions options, Optional<Long> cacheLimit, boolean quiet) throws RecastException {
        Instant startedAt = Instant.now();
        long started = System.nanoTime();
        ProgressDisplay progress = new ProgressDisplay(err, System.console() != null, quiet, System::nanoTime);
        ShowRender.ShowResult result = new ShowRender(Engines.standard(), progress).run(options, shutdown);
        double wallSeconds = (System.nanoTime() - started) / 1e9;
        long stored = result.rendered().stream().mapToLong(RenderResult::cacheBytesStored).sum();
        if (options.cache().isPresent() && cacheLimit.isPresent() && stored > 0) {
            keepUnder(new CacheLimit(options.cache().get(), cacheLimit.get()), stored, startedAt, quiet);
        }
        for (ShowRender.Failure failure : result.failed()) {
            // An error of the episode as a whole names no file: the episode's folder says which.
            err.println(failure.error().location() == null
                    ? "recast: " + failure.episode() + ": " + failure.error().getMessage()
                    : Main.line(failure.error()));
        }
        relativeLinksNote(options, quiet);
        int episodes = result.rendered().size() + result.failed().size();
        if (!quiet) {
            long upToDate = result.rendered().stream().filter(RenderResult::unchanged).count();
            err.printf(Locale.ROOT, "recast: rendered the show \"%s\": %d of %d episodes (%d rendered, %d up to date)"
                    + " in %.1f s%n", result.title(), result.rendered().size(), episodes,
                    result.rendered().size() - upToDate, upToDate, wallSeconds);
        }
        if (!result.failed().isEmpty()) {
            err.println("recast: " + result.failed().size() + " of " + episodes + " episodes failed ("
                    + String.join(", ", result.failed().stream().map(f -> f.episode().toString()).toList())
                    + "); the show's files list the " + result.rendered().size() + " rendered");
        }
        out.println(result.directory());
        return result.failed().stream().mapToInt(f -> f.error().kind().exitCode()).max().orElse(0);
    }

    /** Says, once a render, that a feed without --base-url links relatively, which podcast apps cannot follow. */
    private void relativeLinksNote(RenderOptions options, boolean quiet) {
        if (!quiet && options.formats().contains(Format.FEED) && options.baseUrl().isEmpty()) {
            err.println(RELATIVE_LINKS_NOTE);
        }
    }

    /** The line that says Recast chose the episode's title itself, when it did, and how to choose another. */
    static Optional<String> titleNote(String title, TitleOrigin origin, Optional<Path> input) {
        if (!origin.derived()) {
            return Optional.empty();
        }
        String manifest = input.isEmpty() || Files.isDirectory(input.get())
                ? "episode.json"
                : "an episode.json beside it, and render its folder,";
        return Optional.of("recast: titled the episode \"" + title + "\" " + origin.phrase() + "; give \"title\" in "
                + manifest + " to change it");
    }

    private void keepUnder(CacheLimit limit, long bytesStored, Instant startedAt, boolean quiet) {
        try {
            Optional<CacheLimit.Pruning> pruning = limit.afterRender(bytesStored, startedAt);
            if (pruning.isPresent() && !quiet) {
                CacheLimit.Pruning p = pruning.get();
                String removed = p.removed() == 0 ? "" : String.format(Locale.ROOT,
                        "removed %d files used least recently (%s); ", p.removed(), ByteSize.format(p.removedBytes()));
                String over = p.keptBytes() > p.limitBytes() ? ", over it in entries used within the hour" : "";
                err.printf(Locale.ROOT, "recast: cache: %sit holds %s of its %s limit%s%n", removed,
                        ByteSize.format(p.keptBytes()), ByteSize.format(p.limitBytes()), over);
            }
        } catch (IOException e) {
            String why = e instanceof FileSystemException fs
                    ? fs.getFile() + ": " + (fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName())
                    : e.getMessage();
            err.println("recast: warning: could not keep the cache under its limit: " + why);
        }
    }

    /** The XDG cache home, as Linux desktops and most CLI tools use it. */
    static Path defaultCache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("recast");
    }

    static String clock(double seconds) {
        long whole = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60);
    }

    private void printHelp() {
        CommandSyntax.printHelp(out, "recast render [INPUT] [options]",
                "Render INPUT (a folder of .txt, .md, .vtt or .srt sections with an optional episode.json, or one such file) into "
                        + "an episode folder. A folder holding show.json is a show: each sub-folder an episode, rendered into "
                        + "OUT/<episode>/, with the show's feed, page and playlist in OUT. With no INPUT, renders the bundled example.",
                OPTIONS);
    }
}
