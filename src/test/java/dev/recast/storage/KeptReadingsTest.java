package dev.recast.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.synth.UtteranceCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeptReadingsTest {

    @TempDir
    Path cacheDir;

    private UtteranceCache cache() {
        return new UtteranceCache(cacheDir);
    }

    @Test
    void readingsStoredByARenderAreFoundByTheNext() throws IOException {
        KeptReadings first = KeptReadings.load(cache(), Optional.empty());
        first.record("clip a", 0.8125);
        first.record("episode", -16.02);
        String key = first.store().orElseThrow();

        KeptReadings next = KeptReadings.load(cache(), Optional.of(key));
        assertEquals(OptionalDouble.of(0.8125), next.find("clip a"));
        assertEquals(OptionalDouble.of(-16.02), next.find("episode"));
        assertEquals(OptionalDouble.empty(), next.find("clip b"));
    }

    @Test
    void aRenderStoresAllItsReadingsInOneEntry() throws IOException {
        KeptReadings readings = KeptReadings.load(cache(), Optional.empty());
        for (int clip = 0; clip < 1_000; clip++) {
            readings.record("clip " + clip, clip / 1_000.0);
        }
        readings.store();

        assertEquals(1, entries().size());
    }

    @Test
    void theSameReadingsMakeTheSameEntryInWhateverOrderTheyWereTaken() throws IOException {
        KeptReadings forwards = KeptReadings.load(cache(), Optional.empty());
        KeptReadings backwards = KeptReadings.load(cache(), Optional.empty());
        for (int clip = 0; clip < 50; clip++) {
            forwards.record("clip " + clip, clip);
            backwards.record("clip " + (49 - clip), 49 - clip);
        }

        assertEquals(forwards.store(), backwards.store());
    }

    @Test
    void theEntryKeepsWhatTheRenderTookOrFoundAndDropsWhatItNoLongerAsksFor() throws IOException {
        KeptReadings first = KeptReadings.load(cache(), Optional.empty());
        first.record("clip a", 0.5);
        first.record("clip b (edited away)", 0.25);
        String firstKey = first.store().orElseThrow();

        KeptReadings second = KeptReadings.load(cache(), Optional.of(firstKey));
        assertEquals(OptionalDouble.of(0.5), second.find("clip a"));
        second.record("clip c", 0.75);
        String secondKey = second.store().orElseThrow();

        KeptReadings third = KeptReadings.load(cache(), Optional.of(secondKey));
        assertEquals(OptionalDouble.of(0.5), third.find("clip a"));
        assertEquals(OptionalDouble.of(0.75), third.find("clip c"));
        assertEquals(OptionalDouble.empty(), third.find("clip b (edited away)"));
    }

    @Test
    void aRenderThatTookEveryReadingFromTheLastEntryLeavesItAsItIs() throws IOException {
        String key = stored("clip a", 0.5);
        Path entry = entries().get(0);
        FileTime written = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(entry, written);

        UtteranceCache cache = cache();
        KeptReadings second = KeptReadings.load(cache, Optional.of(key));
        // Loading marked it used; only a write would change it now.
        Files.setLastModifiedTime(entry, written);
        assertEquals(OptionalDouble.of(0.5), second.find("clip a"));
        assertEquals(Optional.of(key), second.store());
        assertEquals(written, Files.getLastModifiedTime(entry), "not written again");
        assertEquals(0, cache.bytesStored());
    }

    @Test
    void aDamagedOrMissingEntryHoldsNoReadings() throws IOException {
        String key = stored("clip a", 0.8125);
        Path entry = entries().get(0);
        byte[] bytes = Files.readAllBytes(entry);
        bytes[14] ^= 0x10;
        Files.write(entry, bytes);

        assertTrue(KeptReadings.load(cache(), Optional.of(key)).find("clip a").isEmpty());
        assertTrue(KeptReadings.load(cache(), Optional.of("0".repeat(64))).find("clip a").isEmpty());
    }

    @Test
    void aSeriesIsKeptInTheCacheUnderItsName() throws IOException {
        KeptReadings.load(cache(), Optional.empty()).recordSeries("stretch", new double[] {1.5, 2.5});

        Optional<double[]> found = KeptReadings.load(cache(), Optional.empty()).findSeries("stretch");
        assertEquals(List.of(1.5, 2.5), found.map(values -> List.of(values[0], values[1])).orElseThrow());
        assertTrue(KeptReadings.load(cache(), Optional.empty()).findSeries("another stretch").isEmpty());
    }

    @Test
    void withoutACacheReadingsLastTheRender() throws IOException {
        KeptReadings peaks = KeptReadings.load(null, Optional.empty());
        peaks.record("clip a", 0.5);
        assertEquals(OptionalDouble.of(0.5), peaks.find("clip a"));
        assertEquals(Optional.empty(), peaks.store());
        try (Stream<Path> files = Files.list(cacheDir)) {
            assertEquals(0, files.count());
        }
    }

    /** The key of the entry a render that took one reading stored. */
    private String stored(String name, double value) throws IOException {
        KeptReadings render = KeptReadings.load(cache(), Optional.empty());
        render.record(name, value);
        return render.store().orElseThrow();
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.walk(cacheDir)) {
            return files.filter(f -> f.toString().endsWith(".bytes")).toList();
        }
    }
}
