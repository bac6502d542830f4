package dev.recast.spark;

import dev.recast.cli.RenderOptionValues;
import dev.recast.cli.UsageException;
import dev.recast.pipeline.RenderOptions;
import dev.recast.publish.Format;
import java.io.PrintWriter;
import java.io.Serializable;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/**
 * What {@code CatalogueJob} renders and where, as its command line gives it. Locations are
 * Hadoop paths: {@code s3a://bucket/show/}, {@code hdfs://…}, {@code file:///…}. The record goes
 * to every executor, and {@code Optional} does not serialize: an absent value is null here, and
 * an {@code Optional} at its accessor.
 *
 * @param show the show folder: {@code show.json} and one folder per episode
 * @param output the folder the show's site is written into, an episode a folder
 * @param cache the shared utterance cache folder; null for none
 * @param formats the outputs each episode is rendered in, as {@code recast render --format}
 * @param baseUrl the URL the output folder is served at, for absolute links; null for relative ones
 * @param voice the narrator's voice profile; null for each episode's choice
 * @param mp3Bitrate the MP3's bitrate in kbit/s
 * @param loudness the loudness to level to in LUFS; null to leave the level as synthesized
 * @param timing where utterances go; null for each episode's choice
 * @param maxSpeedup the most a timed utterance is sped up
 * @param debug whether an error's stack trace is printed
 */
record CatalogueOptions(String show, String output, String cache, Set<Format> formats, String baseUrl, String voice,
        int mp3Bitrate, Double loudness, RenderOptions.Timing timing, double maxSpeedup, boolean debug)
        implements Serializable {

    static final Options OPTIONS = new Options()
            .addOption(Option.builder().longOpt("show").hasArg().argName("FOLDER").required()
                    .desc("the show: show.json and an episode a folder (s3a://, hdfs://, file://)").build())
            .addOption(Option.builder().longOpt("output").hasArg().argName("FOLDER").required()
                    .desc("where the show's site is written, an episode a folder").build())
            .addOption(Option.builder().longOpt("cache").hasArg().argName("FOLDER")
                    .desc("the utterance cache the executors share (default: none)").build())
            .addOption(Option.builder().longOpt("format").hasArg().argName("LIST")
                    .desc("outputs, as recast render --format (default: default)").build())
            .addOption(Option.builder().longOpt("base-url").hasArg().argName("URL")
                    .desc("the URL the output folder is served at, for absolute links in the feed").build())
            .addOption(Option.builder().longOpt("voice").hasArg().argName("PROFILE")
                    .desc("the narrator's voice profile, as recast render --voice").build())
            .addOption(Option.builder().longOpt("bitrate").hasArg().argName("KBPS")
                    .desc("the MP3's bitrate (default: " + RenderOptions.DEFAULT_MP3_BITRATE + ")").build())
            .addOption(Option.builder().longOpt("loudness").hasArg().argName("LUFS")
                    .desc("the loudness to level to, or off (default: " + RenderOptions.DEFAULT_LOUDNESS + ")").build())
            .addOption(Option.builder().longOpt("timing").hasArg().argName("MODE")
                    .desc("natural or source, as recast render --timing").build())
            .addOption(Option.builder().longOpt("max-speedup").hasArg().argName("FACTOR")
                    .desc("the most a timed sentence is sped up (default: " + RenderOptions.DEFAULT_MAX_SPEEDUP + ")")
                    .build())
            .addOption(Option.builder().longOpt("debug").desc("print an error's stack trace").build());

    CatalogueOptions {
        formats = Set.copyOf(formats);
    }

    /** @throws ParseException when an option is missing, unknown or not a value it takes */
    static CatalogueOptions parse(String[] args) throws ParseException {
        CommandLine line = new DefaultParser().parse(OPTIONS, args);
        if (!line.getArgList().isEmpty()) {
            throw new ParseException("unexpected argument: " + line.getArgList().get(0));
        }
        try {
            String baseUrl = line.hasOption("base-url") ? RenderOptionValues.baseUrl(line.getOptionValue("base-url"))
                    : null;
            OptionalDouble loudness = RenderOptionValues.loudness(line.getOptionValue("loudness",
                    String.valueOf(RenderOptions.DEFAULT_LOUDNESS)));
            return new CatalogueOptions(line.getOptionValue("show"), line.getOptionValue("output"),
                    line.getOptionValue("cache"), RenderOptionValues.formats(line.getOptionValue("format", "default")),
                    baseUrl, line.getOptionValue("voice"),
                    RenderOptionValues.bitrate(line.getOptionValue("bitrate",
                            String.valueOf(RenderOptions.DEFAULT_MP3_BITRATE))),
                    loudness.isPresent() ? loudness.getAsDouble() : null,
                    line.hasOption("timing") ? RenderOptionValues.timing(line.getOptionValue("timing")) : null,
                    RenderOptionValues.maxSpeedup(line.getOptionValue("max-speedup",
                            String.valueOf(RenderOptions.DEFAULT_MAX_SPEEDUP))),
                    line.hasOption("debug"));
        } catch (UsageException e) {
            throw new ParseException(e.getMessage());
        }
    }

    static String usage() {
        HelpFormatter help = new HelpFormatter();
        StringWriter text = new StringWriter();
        help.printHelp(new PrintWriter(text), 100,
                "spark-submit --class dev.recast.spark.CatalogueJob recast-spark.jar --show FOLDER --output FOLDER",
                null, OPTIONS, 2, 2, null);
        return text.toString();
    }

    Optional<String> sharedCache() {
        return Optional.ofNullable(cache);
    }

    /** The options a show render into a local folder takes, as {@code recast render} gives them. */
    RenderOptions renderOptions(int jobs, Path localCache) {
        RenderOptions options = RenderOptions.defaults().withFormats(formats).withJobs(jobs)
                .withCache(Optional.of(localCache)).withMp3Bitrate(mp3Bitrate)
                .withLoudness(loudness == null ? OptionalDouble.empty() : OptionalDouble.of(loudness))
                .withMaxSpeedup(maxSpeedup);
        if (baseUrl != null) {
            options = options.withBaseUrl(baseUrl);
        }
        if (voice != null) {
            options = options.withVoice(voice);
        }
        return timing == null ? options : options.withTiming(timing);
    }
}
