package dev.recast.spark;

import dev.recast.RecastException;
import dev.recast.cli.Main;
import dev.recast.ingest.CoverArt;
import dev.recast.ingest.ShowInfo;
import dev.recast.pipeline.Covers;
import dev.recast.pipeline.RenderOptions;
import dev.recast.pipeline.ShowRender;
import dev.recast.publish.Publication;
import dev.recast.publish.ShowEpisode;
import dev.recast.synth.UtteranceCache;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.cli.ParseException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Renders every episode of a show on a Spark cluster, an episode a task, and writes the show's
 * site as {@code recast render SHOW} writes it:
 *
 * <pre>
 * spark-submit --class dev.recast.spark.CatalogueJob recast-spark.jar \
 *     --show s3a://bucket/show/ --output s3a://bucket/site/ --cache s3a://bucket/recast-cache/
 * </pre>
 *
 * The driver lists the show's episodes, takes the output ({@link OutputLease}), runs an
 * {@link EpisodeTask} for each, then writes the show's feed, page, playlist and cover from what
 * the tasks sent back, and {@code catalogue-report.jsonl}. Exit codes are the CLI's: 0 when every
 * episode is rendered or up to date, 1 when any failed, 2 for bad usage or input, 3 for the
 * environment (an output another job holds, a file system not reachable).
 */
public final class CatalogueJob {

    private static final Pattern LOCAL_WITH_RETRIES = Pattern.compile("local\\[\\s*(\\d+|\\*)\\s*,\\s*(\\d+)\\s*]");

    private CatalogueJob() {
    }

    /** What a job did: each episode's outcome, in the show's order. */
    record Result(List<EpisodeOutcome> episodes) {

        boolean anyFailed() {
            return episodes.stream().anyMatch(episode -> episode.status() == EpisodeOutcome.Status.FAILED);
        }
    }

    public static void main(String[] args) {
        int code;
        if (Arrays.asList(args).contains("--help")) {
            System.out.print(CatalogueOptions.usage());
            code = 0;
        } else {
            code = run(args, System.out, System.err);
        }
        System.exit(code);
    }

    /** Runs the job as {@link #main} does, on the Spark session spark-submit set up; returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        CatalogueOptions options;
        try {
            options = CatalogueOptions.parse(args);
        } catch (ParseException e) {
            err.println("recast: " + e.getMessage());
            err.print(CatalogueOptions.usage());
            return 2;
        }
        JavaSparkContext spark;
        try {
            spark = new JavaSparkContext(new SparkConf().setAppName("recast catalogue"));
        } catch (RuntimeException e) {
            err.println("recast: cannot start Spark: " + e.getMessage() + " (submit the job with spark-submit)");
            return RecastException.Kind.ENVIRONMENT.exitCode();
        }
        try {
            Result result = run(spark, options, (episode, file) -> {
            });
            for (EpisodeOutcome episode : result.episodes()) {
                out.println(episode.slug() + ": " + episode.status().label()
                        + (episode.error() == null ? "" : ": " + episode.error()));
            }
            return result.anyFailed() ? 1 : 0;
        } catch (RecastException e) {
            return failed(err, Main.line(e), e, options.debug(), e.kind());
        } catch (IOException e) {
            return failed(err, "recast: " + e.getMessage(), e, options.debug(), RecastException.Kind.ENVIRONMENT);
        } catch (RuntimeException e) {
            // Spark gave up on a task (an executor lost more often than it retries), or a bug.
            String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            return failed(err, "recast: the job failed: " + first + (options.debug() ? "" : " (run with --debug for details)"),
                    e, options.debug(), RecastException.Kind.FAILURE);
        } finally {
            spark.stop();
        }
    }

    /** Prints the failure's line, its stack trace under {@code --debug}; returns its exit code. */
    private static int failed(PrintStream err, String line, Exception e, boolean debug, RecastException.Kind kind) {
        err.println(line);
        if (debug) {
            e.printStackTrace(err);
        }
        return kind.exitCode();
    }

    /**
     * Renders the show {@code options} names on {@code spark}.
     *
     * @param watch told of each file a task uploads
     * @throws RecastException when the show or the output cannot be used at all; an episode's
     *     failure is in the result instead
     */
    static Result run(JavaSparkContext spark, CatalogueOptions options, RemoteEpisode.UploadWatch watch)
            throws RecastException, IOException {
        ShowRender.requireFormats(options.formats());
        HadoopFiles.Settings settings = HadoopFiles.Settings.of(spark.hadoopConfiguration());
        Path showFolder = new Path(options.show());
        Path output = new Path(options.output());
        FileSystem showFs = settings.fileSystem(showFolder);
        FileSystem outputFs = settings.fileSystem(output);
        String showRoot = showFs.makeQualified(showFolder).toString() + "/";
        if ((outputFs.makeQualified(output).toString() + "/").startsWith(showRoot)) {
            // The site would be listed as an episode of the show by the next run.
            throw RecastException.input(options.output(), "the output folder is inside the show folder");
        }
        try (LocalFolder staging = LocalFolder.create("recast-catalogue-")) {
            StagedShow show = StagedShow.of(showFs, showFolder, staging.resolve("show"));
            ShowInfo info = show.read();
            List<String> folders = episodeFolders(showFs, showFolder);
            outputFs.mkdirs(output);
            try (OutputLease lease = OutputLease.take(outputFs, output, spark.sc().applicationId())) {
                SparkConf conf = spark.getConf();
                EpisodeTask task = new EpisodeTask(options, settings, conf.getInt("spark.task.cpus", 1),
                        attempts(conf), watch);
                List<EpisodeOutcome> outcomes = spark.parallelize(folders, folders.size()).map(task).collect();
                RenderOptions showOptions = options.renderOptions(1, staging.resolve("cache"));
                writeShowFiles(outputFs, output, info, outcomes, showOptions, settings, options);
                HadoopFiles.write(outputFs, new Path(output, CatalogueReport.FILE), CatalogueReport.lines(outcomes));
                return new Result(outcomes);
            }
        }
    }

    /** The show's episode folders, in the order and with the names {@code recast render SHOW} takes. */
    private static List<String> episodeFolders(FileSystem fs, Path show) throws RecastException, IOException {
        List<String> names = new ArrayList<>();
        for (FileStatus status : fs.listStatus(show)) {
            if (status.isDirectory()) {
                names.add(status.getPath().getName());
            }
        }
        return ShowRender.episodeFolders(show.toString(), names).stream().map(ShowRender.EpisodeFolder::name).toList();
    }

    /** The feed, page, playlist and cover of the show, listing the episodes rendered or up to date. */
    private static void writeShowFiles(FileSystem fs, Path output, ShowInfo show, List<EpisodeOutcome> outcomes,
            RenderOptions showOptions, HadoopFiles.Settings settings, CatalogueOptions options)
            throws RecastException, IOException {
        List<ShowEpisode> listed = new ArrayList<>();
        for (EpisodeOutcome outcome : outcomes) {
            if (outcome.listed().isPresent()) {
                EpisodeOutcome.Listing listing = outcome.listed().get();
                listed.add(ShowRender.listing(outcome.slug(), listing.date(), listing.description(), listing.report(),
                        listing.audioBytes(), options.formats()));
            }
        }
        Optional<CoverArt> cover = Optional.empty();
        if (Publication.showsCover(options.formats())) {
            UtteranceCache cache = new UtteranceCache(showOptions.cache().orElseThrow(),
                    HadoopSharedCache.at(options.sharedCache(), settings));
            cover = Optional.of(Covers.forShow(show, Optional.of(cache)));
        }
        for (Map.Entry<String, byte[]> file : ShowRender.showFiles(show, cover, ShowRender.newestFirst(listed),
                showOptions).entrySet()) {
            HadoopFiles.write(fs, new Path(output, file.getKey()), file.getValue());
        }
    }

    /** How many times Spark runs a failing task: {@code local[N,F]} says F, plain local mode once. */
    static int attempts(SparkConf conf) {
        String master = conf.get("spark.master", "local");
        Matcher local = LOCAL_WITH_RETRIES.matcher(master);
        if (local.matches()) {
            return Integer.parseInt(local.group(2));
        }
        return master.startsWith("local") ? 1 : conf.getInt("spark.task.maxFailures", 4);
    }
}
