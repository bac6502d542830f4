package dev.recast.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.publish.Format;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import dev.recast.pipeline.RenderOptions;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

class CatalogueOptionsTest {

    @Test
    void readsTheCommandLine() throws Exception {
        CatalogueOptions options = CatalogueOptions.parse(new String[] {"--show", "s3a://b/show/", "--output",
            "s3a://b/site/", "--cache", "s3a://b/cache/", "--format", "mp3,feed", "--base-url", "https://x.org/",
            "--voice", "slow", "--bitrate", "96", "--loudness", "off", "--timing", "source", "--max-speedup", "1.5"});
        assertEquals("s3a://b/show/", options.show());
        assertEquals(Optional.of("s3a://b/cache/"), options.sharedCache());
        RenderOptions render = options.renderOptions(2, Path.of("c"));
        assertEquals(Set.of(Format.MP3, Format.FEED), render.formats());
        assertEquals(Optional.of("https://x.org/"), render.baseUrl());
        assertEquals(Optional.of("slow"), render.voice());
        assertEquals(96, render.mp3Bitrate());
        assertEquals(OptionalDouble.empty(), render.loudness());
        assertEquals(Optional.of(RenderOptions.Timing.SOURCE), render.timing());
        assertEquals(1.5, render.maxSpeedup());
        assertEquals(2, render.jobs());
        assertEquals(Optional.of(Path.of("c")), render.cache());

        RenderOptions defaults = CatalogueOptions.parse(new String[] {"--show", "a", "--output", "b"})
                .renderOptions(1, Path.of("c"));
        RenderOptions cli = RenderOptions.defaults().withJobs(1).withCache(Optional.of(Path.of("c")));
        assertEquals(cli, defaults, "recast render's defaults");
    }

    @Test
    void aMissingOrWrongOptionIsUsageWithExitCode2() {
        for (String[] args : new String[][] {{"--show", "s3a://b/show/"}, {"--show", "a", "--output", "b", "--format", "ogg"},
            {"--show", "a", "--output", "b", "extra"}, {"--show", "a", "--output", "b", "--base-url", "javascript:x"},
            {"--show", "a", "--output", "b", "--bitrate", "65"}}) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = CatalogueJob.run(args, new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(2, code);
            assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("recast: "), err.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aTaskIsTriedAsOftenAsSparkRunsIt() {
        assertEquals(1, CatalogueJob.attempts(new SparkConf().setMaster("local[2]")));
        assertEquals(3, CatalogueJob.attempts(new SparkConf().setMaster("local[2,3]")));
        assertEquals(4, CatalogueJob.attempts(new SparkConf().setMaster("yarn")));
        assertEquals(8, CatalogueJob.attempts(new SparkConf().setMaster("spark://h:7077").set("spark.task.maxFailures", "8")));
    }
}
