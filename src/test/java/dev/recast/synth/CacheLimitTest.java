package dev.recast.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.recast.audio.PcmFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheLimitTest {

    private static final Instant NOW = Instant.now();

    @TempDir
    Path dir;

    /** An entry of {@code bytes} bytes, last used {@code hoursAgo} hours ago. */
    private Path entry(String name, int bytes, double hoursAgo) throws Exception {
        String key = name.startsWith(".") ? name.substring(1) : name;
        Path file = dir.resolve("clips-v2").resolve(key.substring(0, 2)).resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[bytes]);
        Files.setLastModifiedTime(file, FileTime.from(NOW.minus(Duration.ofMinutes(Math.round(hoursAgo * 60)))));
        return file;
    }

    private long ledger() throws Exception {
        return Files.readAllLines(dir.resolve(CacheLimit.LEDGER)).stream().skip(1)
                .mapToLong(line -> Long.parseLong(line.substring(line.indexOf(' ') + 1))).sum();
    }

    @Test
    void removesTheEntriesUsedLeastRecentlyUntilTheCacheFitsWithRoomToSpare() throws Exception {
        Path oldest = entry("aa01.clip", 400, 72);
        Path older = entry("bb02.bytes", 300, 48);
        Path old = entry("cc03.clip", 200, 24);
        Path recent = entry("dd04.clip", 100, 2);

        Optional<CacheLimit.Pruning> pruning = new CacheLimit(dir, 500).afterRender(0, NOW);

        // 1,000 bytes against 500: pruned to 450 (90 %), oldest first.
        assertTrue(pruning.isPresent());
        assertEquals(new CacheLimit.Pruning(2, 700, 300, 500), pruning.get());
        assertFalse(Files.exists(oldest));
        assertFalse(Files.exists(older));
        assertTrue(Files.exists(old));
        assertTrue(Files.exists(recent));
        assertEquals(300, ledger());
    }

    @Test
    void neverRemovesEntriesInUseEvenOverTheLimit() throws Exception {
        Path yesterday = entry("aa01.clip", 500, 30);
        Path thisHour = entry("bb02.clip", 500, 0.5);
        // The render began three hours ago: what it used since then is its own.
        Path thisRender = entry("cc03.clip", 500, 2);

        Optional<CacheLimit.Pruning> pruning = new CacheLimit(dir, 100)
                .afterRender(1000, NOW.minus(Duration.ofHours(3)));

        assertEquals(new CacheLimit.Pruning(1, 500, 1000, 100), pruning.get());
        assertFalse(Files.exists(yesterday));
        assertTrue(Files.exists(thisHour));
        assertTrue(Files.exists(thisRender));
    }

    @Test
    void touchesNothingButItsOwnFiles() throws Exception {
        Path entry = entry("aa01.clip", 100, 100);
        Path mine = dir.resolve("notes.txt");
        Files.writeString(mine, "x".repeat(1000));
        Path otherFolder = dir.resolve("clips-v2").resolve("aa").resolve("keep.txt");
        Files.writeString(otherFolder, "mine");
        Path misnamed = dir.resolve("photos").resolve("aa").resolve("ab01.clip");
        Files.createDirectories(misnamed.getParent());
        Files.write(misnamed, new byte[1000]);
        Files.setLastModifiedTime(misnamed, FileTime.from(NOW.minus(Duration.ofDays(9))));

        new CacheLimit(dir, 10).afterRender(0, NOW);

        assertFalse(Files.exists(entry));
        assertTrue(Files.exists(mine));
        assertTrue(Files.exists(otherFolder));
        assertTrue(Files.exists(misnamed));
    }

    @Test
    void removesWhatAKilledWriterLeftOnceItIsOld() throws Exception {
        Path stale = entry(".aa01.clip.123-45.tmp", 100, 5);
        Path writing = entry(".aa02.clip.124-46.tmp", 100, 0);
        entry("aa03.clip", 100, 5);

        Optional<CacheLimit.Pruning> pruning = new CacheLimit(dir, 1000).afterRender(0, NOW);

        assertEquals(new CacheLimit.Pruning(1, 100, 100, 1000), pruning.get());
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(writing), "a render beside this one may be writing it");
    }

    @Test
    void walksOnlyWhenTheLedgerSaysTheLimitMayBePassed() throws Exception {
        entry("aa01.clip", 400, 50);
        CacheLimit limit = new CacheLimit(dir, 1000);
        assertEquals(Optional.empty(), limit.afterRender(400, NOW), "the first call walks and finds room");
        assertEquals(400, ledger());

        // Entries stored behind the ledger's back are not seen until renders' additions pass the limit.
        entry("bb02.clip", 500, 40);
        assertEquals(Optional.empty(), limit.afterRender(300, NOW));
        assertEquals(700, ledger());
        entry("cc03.clip", 400, 1.5);
        Optional<CacheLimit.Pruning> pruning = limit.afterRender(400, NOW);

        assertTrue(pruning.isPresent(), "700 + 400 passes 1,000: the walk finds 1,300 and prunes");
        assertEquals(List.of(Files.exists(dir.resolve("clips-v2/aa/aa01.clip")),
                Files.exists(dir.resolve("clips-v2/bb/bb02.clip")), Files.exists(dir.resolve("clips-v2/cc/cc03.clip"))),
                List.of(false, true, true));
        assertEquals(900, ledger());
    }

    @Test
    void aLedgerThatDoesNotReadIsWalkedAgain() throws Exception {
        entry("aa01.clip", 400, 50);
        Files.writeString(dir.resolve(CacheLimit.LEDGER), "recast cache usage 1\nwalked 10\nadded lots\n");

        assertTrue(new CacheLimit(dir, 300).afterRender(0, NOW).isPresent());
        assertEquals(0, ledger());
    }

    @Test
    void saysSoWhenTheEntriesInUseAloneHoldMoreThanTheLimit() throws Exception {
        Path inUse = entry("aa01.clip", 400, 0.1);

        assertEquals(Optional.of(new CacheLimit.Pruning(0, 0, 400, 300)),
                new CacheLimit(dir, 300).afterRender(400, NOW));
        assertTrue(Files.exists(inUse));
        assertEquals(Optional.empty(), new CacheLimit(dir, 500).afterRender(0, NOW));
    }

    @Test
    void anEntryReadIsMarkedUsedAndOutlivesOlderOnes() throws Exception {
        UtteranceCache cache = new UtteranceCache(dir);
        cache.write("aa01", PcmFormat.SPEECH_16K, new short[100]);
        cache.writeBytes("bb02", new byte[200]);
        cache.write("cc03", PcmFormat.SPEECH_16K, new short[100]);
        Path root = dir.resolve("clips-v" + UtteranceCache.FORMAT_VERSION);
        for (Path file : List.of(root.resolve("aa/aa01.clip"), root.resolve("bb/bb02.bytes"),
                root.resolve("cc/cc03.clip"))) {
            Files.setLastModifiedTime(file, FileTime.from(NOW.minus(Duration.ofDays(3))));
        }

        cache.read("aa01");
        cache.readBytes("bb02");
        new CacheLimit(dir, 500).afterRender(0, NOW.minus(Duration.ofMinutes(1)));

        assertTrue(Files.exists(root.resolve("aa/aa01.clip")));
        assertTrue(Files.exists(root.resolve("bb/bb02.bytes")));
        assertFalse(Files.exists(root.resolve("cc/cc03.clip")), "the one not read since goes first");
    }

    @Test
    void aRenderStillRunningKeepsWhatItUsedSinceItBeganHoweverLongAgo() throws Exception {
        Path yesterday = entry("aa01.clip", 500, 30);
        Path sinceItBegan = entry("bb02.clip", 500, 2);
        CacheLimit.Use running = CacheLimit.use(dir).orElseThrow();
        Path file;
        try (Stream<Path> renders = Files.list(dir.resolve(CacheLimit.RENDERS))) {
            file = renders.findFirst().orElseThrow();
        }
        // It began three hours ago, and has not read bb02 again since two hours ago.
        Files.setLastModifiedTime(file, FileTime.from(NOW.minus(Duration.ofHours(3))));

        assertEquals(new CacheLimit.Pruning(1, 500, 500, 100), new CacheLimit(dir, 100).afterRender(0, NOW).get());
        assertFalse(Files.exists(yesterday));
        assertTrue(Files.exists(sinceItBegan), "the render running beside the prune may be about to read it");

        running.close();
        assertFalse(Files.exists(file));
        new CacheLimit(dir, 100).afterRender(0, NOW);
        assertFalse(Files.exists(sinceItBegan), "once it ended, the entry is pruned as any");
    }

    @Test
    void theFileOfARenderWhoseProcessIsGoneIsRemovedAndNotHeeded() throws Exception {
        assumeTrue(ProcessHandle.current().info().startInstant().isPresent(), "the system tells a process's start");
        Path old = entry("aa01.clip", 500, 2);
        // This process's id, but another start: the render that held it was killed, its id taken again.
        Path killed = dir.resolve(CacheLimit.RENDERS).resolve(ProcessHandle.current().pid() + "-12345-00000000000000ab");
        Files.createDirectories(killed.getParent());
        Files.createFile(killed);
        Files.setLastModifiedTime(killed, FileTime.from(NOW.minus(Duration.ofHours(5))));
        Path notOurs = dir.resolve(CacheLimit.RENDERS).resolve("notes.txt");
        Files.writeString(notOurs, "mine");

        new CacheLimit(dir, 100).afterRender(0, NOW);

        assertFalse(Files.exists(old));
        assertFalse(Files.exists(killed));
        assertTrue(Files.exists(notOurs));
    }

    @Test
    void aMissingFolderHasNothingToPrune() throws Exception {
        assertEquals(Optional.empty(), new CacheLimit(dir.resolve("none"), 1).afterRender(0, NOW));
        assertFalse(Files.exists(dir.resolve("none")));
    }

    @Test
    void refusesALimitOfNothing() {
        assertThrows(IllegalArgumentException.class, () -> new CacheLimit(dir, 0));
    }
}
