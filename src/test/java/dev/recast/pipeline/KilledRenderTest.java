package dev.recast.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.publish.Format;
import dev.recast.synth.FakeEngines;
import dev.recast.synth.UtteranceCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A render killed with SIGKILL halfway leaves no final file, and the next run finishes from the cache. */
@Tag("slow")
class KilledRenderTest {

    private static final int SENTENCES = 120;

    @TempDir
    Path dir;

    static RenderOptions options(Path in, Path out, Path cache) {
        return RenderOptions.of(in, out).withLoudness(OptionalDouble.empty()).withJobs(2)
                .withCache(Optional.ofNullable(cache));
    }

    @Test
    void theRunAfterAKillFinishesFromTheCacheWithTheSameBytes() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        StringBuilder text = new StringBuilder("Heading Numbers\n");
        for (int i = 1; i <= SENTENCES; i++) {
            text.append("This is sentence number ").append(i).append(".\n");
        }
        Files.writeString(in.resolve("1-numbers.txt"), text);
        Files.writeString(in.resolve("2-end.txt"), "Heading The End\nThat is all.\n");
        Path out = dir.resolve("out");
        Path cache = dir.resolve("cache");

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SlowRender.class.getName(),
                in.toString(), out.toString(), cache.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (entries(cache).size() < 20 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(child.isAlive(), "the child was still rendering when killed: " + Files.readString(dir.resolve("child.log")));
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        int cached = entries(cache).size();
        assertTrue(cached >= 20 && cached < SENTENCES, cached + " clips cached before the kill");
        // Only the dead render's lock is left; the next render takes it over.
        assertEquals(Set.of(".recast-lock"), RenderedFiles.contents(out).keySet(), "no output reached a final name");
        UtteranceCache store = new UtteranceCache(cache);
        for (Path entry : entries(cache)) {
            String key = entry.getFileName().toString().replace(".clip", "");
            assertNotNull(store.read(key), "a whole entry under every final name: " + entry);
        }

        Render render = new Render(FakeEngines.tones(), message -> { });
        render.run(options(in, out, cache));
        Path uninterrupted = dir.resolve("uninterrupted");
        render.run(options(in, uninterrupted, null));
        Map<String, byte[]> want = RenderedFiles.contents(uninterrupted);
        Map<String, byte[]> got = RenderedFiles.contents(out);
        assertEquals(want.keySet(), got.keySet());
        for (String name : want.keySet()) {
            assertArrayEquals(want.get(name), got.get(name), name);
        }
    }

    private static List<Path> entries(Path cache) throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(cache)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".clip")).toList();
        }
    }

}
