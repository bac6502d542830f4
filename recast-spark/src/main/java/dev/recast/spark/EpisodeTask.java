package dev.recast.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recast.RecastException;
import dev.recast.cli.Main;
import dev.recast.concurrent.Shutdown;
import dev.recast.ingest.EpisodeSource;
import dev.recast.ingest.ShowInfo;
import dev.recast.pipeline.Cleaned;
import dev.recast.pipeline.Render;
import dev.recast.pipeline.RenderOptions;
import dev.recast.pipeline.RenderResult;
import dev.recast.pipeline.ShowRender;
import dev.recast.publish.EpisodeFiles;
import dev.recast.publish.Publication;
import dev.recast.publish.Slug;
import dev.recast.synth.Engines;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function;

/**
 * One Spark task: renders one episode of the show, as {@code recast render SHOW} renders it, and
 * uploads it into its folder of the output ({@link RemoteEpisode}). Everything goes through a
 * local folder of the task's, removed when it ends: the show's files and the episode's are copied
 * in, the render writes its outputs and its utterance cache there, and the outputs are uploaded.
 * An episode whose uploaded render has the same fingerprint is left as it is.
 *
 * <p>A failure of the input (a transcript Recast refuses) is the episode's outcome at once, since
 * trying again gives the same. Any other failure is thrown, so Spark runs the task again, until
 * its last attempt, whose failure is the episode's outcome rather than the job's end: one bad
 * episode does not stop a catalogue.
 */
final class EpisodeTask implements Function<String, EpisodeOutcome> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CatalogueOptions options;
    private final HadoopFiles.Settings settings;
    private final int jobs;
    private final int attempts;
    private final RemoteEpisode.UploadWatch watch;

    /**
     * @param jobs the render's worker threads: the cores Spark gives a task
     * @param attempts how many times Spark runs a failing task
     * @param watch told of each file uploaded
     */
    EpisodeTask(CatalogueOptions options, HadoopFiles.Settings settings, int jobs, int attempts,
            RemoteEpisode.UploadWatch watch) {
        this.options = options;
        this.settings = settings;
        this.jobs = jobs;
        this.attempts = attempts;
        this.watch = watch;
    }

    @Override
    public EpisodeOutcome call(String folder) throws Exception {
        long start = System.nanoTime();
        String slug = Slug.of(folder);
        try (LocalFolder staging = LocalFolder.create("recast-episode-")) {
            return render(folder, slug, staging, start);
        } catch (RecastException e) {
            if (e.kind() != RecastException.Kind.INPUT && !lastAttempt()) {
                throw e;
            }
            return EpisodeOutcome.failed(folder, slug, seconds(start), Main.line(e));
        } catch (IOException | RuntimeException e) {
            if (!lastAttempt()) {
                throw e;
            }
            return EpisodeOutcome.failed(folder, slug, seconds(start), "recast: " + e);
        }
    }

    private EpisodeOutcome render(String folder, String slug, LocalFolder staging, long start)
            throws RecastException, IOException {
        Path showFolder = new Path(options.show());
        StagedShow show = StagedShow.of(settings.fileSystem(showFolder), showFolder, staging.resolve("show"));
        java.nio.file.Path input = show.episode(folder);
        java.nio.file.Path rendered = staging.resolve("out").resolve(slug);
        try {
            ShowInfo info = show.read();
            RenderOptions own = ShowRender.episodeOptions(options.renderOptions(jobs, staging.resolve("cache")), info,
                    input, rendered, slug);
            Render render = new Render(Engines.standard(), note -> System.err.println(slug + ": " + note),
                    HadoopSharedCache.at(options.sharedCache(), settings));
            String fingerprint = render.fingerprint(own);
            Path remoteFolder = new Path(new Path(options.output()), slug);
            RemoteEpisode remote = new RemoteEpisode(settings.fileSystem(remoteFolder), remoteFolder);
            EpisodeSource source = Cleaned.source(Optional.of(input));
            Optional<String> audio = Publication.streamedAudio(options.formats());
            Optional<String> done = remote.upToDate(fingerprint);
            if (done.isPresent()) {
                long audioBytes = audio.isPresent() ? remote.size(audio.get()) : 0;
                return outcome(folder, slug, EpisodeOutcome.Status.UP_TO_DATE, start, 0, 0, source, done.get(),
                        audioBytes);
            }
            RenderResult result = render.run(own, Shutdown.manual());
            remote.upload(rendered, fingerprint, watch, slug);
            long audioBytes = audio.isPresent() ? Files.size(rendered.resolve(audio.get())) : 0;
            return outcome(folder, slug, EpisodeOutcome.Status.RENDERED, start, result.timeline().utterances().size(),
                    result.cacheHits(), source, Files.readString(rendered.resolve(EpisodeFiles.REPORT)), audioBytes);
        } catch (RecastException e) {
            throw show.relocated(e);
        }
    }

    private EpisodeOutcome outcome(String folder, String slug, EpisodeOutcome.Status status, long start,
            int utterances, int cacheHits, EpisodeSource source, String report, long audioBytes) throws IOException {
        double audioSeconds = JSON.readTree(report).path("durationSeconds").asDouble();
        EpisodeOutcome.Listing listing = Publication.streamedAudio(options.formats()).isPresent()
                ? new EpisodeOutcome.Listing(source.date(), source.description(), report, audioBytes) : null;
        return new EpisodeOutcome(folder, slug, status, audioSeconds, seconds(start), utterances, cacheHits, null,
                listing);
    }

    private boolean lastAttempt() {
        TaskContext context = TaskContext.get();
        return context == null || context.attemptNumber() + 1 >= attempts;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
