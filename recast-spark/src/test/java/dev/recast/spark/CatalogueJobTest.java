package dev.recast.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.RecastException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job in local mode on a generated five-episode show, against the CLI's render of the same show. */
class CatalogueJobTest {

    @TempDir
    static Path dir;
    private static Path show;
    private static Map<String, byte[]> cli;

    @BeforeAll
    static void renderWithTheCli() throws IOException {
        show = Catalogue.show(dir);
        Catalogue.renderWithCli(show, dir.resolve("cli"), dir.resolve("cli-cache"));
        cli = Catalogue.files(dir.resolve("cli"));
    }

    @Test
    void everyOutputIsTheClisByteForByteAndASecondRunFindsThemUpToDate() throws Exception {
        Path site = dir.resolve("site");
        CatalogueOptions options = Catalogue.options(show, site.toUri().toString(),
                dir.resolve("shared-cache").toUri().toString());
        try (JavaSparkContext spark = Catalogue.spark("local[2]")) {
            CatalogueJob.Result first = CatalogueJob.run(spark, options, (episode, file) -> { });
            assertEquals(List.of("ep-1", "ep-2", "ep-3", "ep-4", "ep-5"),
                    first.episodes().stream().map(EpisodeOutcome::slug).toList());
            first.episodes().forEach(episode -> assertEquals(EpisodeOutcome.Status.RENDERED, episode.status(),
                    episode.slug() + ": " + episode.error()));
            Catalogue.assertSameSite(cli, Catalogue.files(site));
            String feed = Files.readString(site.resolve("feed.xml"));
            assertEquals(5, Catalogue.count(feed, "<item>"), feed);
            assertFalse(Files.exists(site.resolve(OutputLease.FILE)), "the lease is released");
            List<String> report = Files.readAllLines(site.resolve(CatalogueReport.FILE));
            assertEquals(5, report.size());
            assertTrue(report.get(0).startsWith("{\"episode\":\"ep-1\",\"status\":\"rendered\",\"audioSeconds\":"),
                    report.get(0));

            CatalogueJob.Result second = CatalogueJob.run(spark, options, (episode, file) -> { });
            second.episodes().forEach(episode -> assertEquals(EpisodeOutcome.Status.UP_TO_DATE, episode.status(),
                    episode.slug() + ": " + episode.error()));
            Catalogue.assertSameSite(cli, Catalogue.files(site));
        }
    }

    /** Fails the first attempt at ep-3 after its first file is uploaded: a task killed half-way. */
    private static final ConcurrentMap<String, Integer> KILLED = new ConcurrentHashMap<>();

    @Test
    void aTaskKilledHalfWayThroughItsUploadIsRetriedToTheSameBytes() throws Exception {
        Path site = dir.resolve("retried");
        CatalogueOptions options = Catalogue.options(show, site.toUri().toString(), null);
        try (JavaSparkContext spark = Catalogue.spark("local[2,3]")) {
            CatalogueJob.Result result = CatalogueJob.run(spark, options, (episode, file) -> {
                if (episode.equals("ep-3") && TaskContext.get().attemptNumber() == 0) {
                    KILLED.merge(episode, 1, Integer::sum);
                    throw new IOException("injected: the executor was lost after uploading " + file);
                }
            });
            assertEquals(1, KILLED.get("ep-3"), "the first attempt failed once");
            result.episodes().forEach(episode -> assertEquals(EpisodeOutcome.Status.RENDERED, episode.status(),
                    episode.slug() + ": " + episode.error()));
            Catalogue.assertSameSite(cli, Catalogue.files(site));
        }
    }

    @Test
    void anOutputInsideTheShowOrHeldByAnotherJobIsRefusedBeforeAnyWork() throws Exception {
        Path held = dir.resolve("held");
        Files.createDirectories(held);
        Files.writeString(held.resolve(OutputLease.FILE), "application app-0, since 2026-12-06T10:00:00Z\n");
        try (JavaSparkContext spark = Catalogue.spark("local[2]")) {
            RecastException inside = assertThrows(RecastException.class, () -> CatalogueJob.run(spark,
                    Catalogue.options(show, show.resolve("site").toUri().toString(), null), (episode, file) -> { }));
            assertEquals(RecastException.Kind.INPUT, inside.kind());
            assertTrue(inside.getMessage().contains("inside the show folder"), inside.getMessage());
            RecastException refused = assertThrows(RecastException.class, () -> CatalogueJob.run(spark,
                    Catalogue.options(show, held.toUri().toString(), null), (episode, file) -> { }));
            assertEquals(RecastException.Kind.ENVIRONMENT, refused.kind());
            assertTrue(refused.getMessage().contains("app-0"), refused.getMessage());
            assertFalse(Files.exists(held.resolve("ep-1")), "nothing rendered");
        }
    }

    @Test
    void anEpisodeThatCannotBeRenderedIsReportedAndTheOthersArePublished() throws Exception {
        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(broken.resolve("show.json"), Files.readString(show.resolve("show.json")));
        for (String episode : List.of("ep-1", "ep-2")) {
            Path folder = Files.createDirectories(broken.resolve(episode));
            Files.copy(show.resolve(episode).resolve("1.txt"), folder.resolve("1.txt"));
        }
        Files.writeString(broken.resolve("ep-2").resolve("episode.json"), "{ \"title\": ");
        Path site = dir.resolve("broken-site");
        try (JavaSparkContext spark = Catalogue.spark("local[2]")) {
            CatalogueJob.Result result = CatalogueJob.run(spark,
                    Catalogue.options(broken, site.toUri().toString(), null), (episode, file) -> { });
            assertTrue(result.anyFailed());
            EpisodeOutcome failed = result.episodes().get(1);
            assertEquals(EpisodeOutcome.Status.FAILED, failed.status());
            assertTrue(failed.error().startsWith("recast: " + broken.resolve("ep-2").resolve("episode.json").toUri()
                    .toString().replace("file:///", "file:/")), failed.error());
            String feed = Files.readString(site.resolve("feed.xml"), StandardCharsets.UTF_8);
            assertEquals(1, Catalogue.count(feed, "<item>"));
            assertTrue(Files.readString(site.resolve(CatalogueReport.FILE)).contains("\"status\":\"failed\""));
        }
    }
}
