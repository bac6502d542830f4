package dev.recast.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recast.publish.Format;
import dev.recast.synth.Engines;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real FreeTTS voices on several threads: each worker's own voice gives the same bytes as one thread. */
class RenderJobsFreeTtsTest {

    @TempDir
    Path dir;

    @Test
    void oneWorkerAndTwoGiveByteIdenticalEpisodes() throws Exception {
        Render render = new Render(Engines.standard(), message -> { });
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        Path three = dir.resolve("three");
        render.run(options(one, 1, null));
        render.run(options(two, 2, dir.resolve("cache")));
        render.run(options(three, 3, dir.resolve("cache")));
        for (Path other : List.of(two, three)) {
            Map<String, byte[]> expected = RenderedFiles.contents(one);
            Map<String, byte[]> actual = RenderedFiles.contents(other);
            assertEquals(5, expected.size(), expected.keySet().toString());
            assertEquals(expected.keySet(), actual.keySet());
            for (String file : expected.keySet()) {
                assertArrayEquals(expected.get(file), actual.get(file), file);
            }
        }
    }

    private static RenderOptions options(Path out, int jobs, Path cache) {
        return RenderOptions.defaults().withOutput(out).withFormats(EnumSet.of(Format.WAV))
                .withLoudness(OptionalDouble.empty()).withJobs(jobs).withCache(Optional.ofNullable(cache));
    }
}
