package dev.recast.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.synth.UtteranceCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeptReadingsTest {

    @TempDir
    Path cacheDir;

    @Test
    void aReadingKeptInTheCacheIsFoundByTheNextRender() throws IOException {
        new KeptReadings(new UtteranceCache(cacheDir)).record("clip a", 0.8125);

        KeptReadings next = new KeptReadings(new UtteranceCache(cacheDir));
        assertEquals(OptionalDouble.of(0.8125), next.find("clip a"));
        assertEquals(OptionalDouble.empty(), next.find("clip b"));
    }

    @Test
    void aDamagedReadingIsNone() throws IOException {
        new KeptReadings(new UtteranceCache(cacheDir)).record("clip a", 0.8125);
        List<Path> entries;
        try (Stream<Path> files = Files.walk(cacheDir)) {
            entries = files.filter(f -> f.toString().endsWith(".bytes")).toList();
        }
        assertEquals(1, entries.size());
        byte[] bytes = Files.readAllBytes(entries.get(0));
        bytes[14] ^= 0x10;
        Files.write(entries.get(0), bytes);

        assertTrue(new KeptReadings(new UtteranceCache(cacheDir)).find("clip a").isEmpty());
    }

    @Test
    void withoutACacheReadingsLastTheRender() throws IOException {
        KeptReadings peaks = new KeptReadings(null);
        peaks.record("clip a", 0.5);
        assertEquals(OptionalDouble.of(0.5), peaks.find("clip a"));
        try (Stream<Path> files = Files.list(cacheDir)) {
            assertEquals(0, files.count());
        }
    }
}
