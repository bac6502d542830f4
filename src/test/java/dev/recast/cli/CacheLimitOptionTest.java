package dev.recast.cli;

import static dev.recast.cli.Run.recast;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --cache-limit}, with the real engine. */
class CacheLimitOptionTest {

    @TempDir
    Path dir;

    @Test
    void aRenderPrunesWhatEarlierRendersLeftButKeepsItsOwnEntries() throws Exception {
        Path input = Files.writeString(dir.resolve("talk.txt"), "The tide turns twice a day.\n");
        Path cache = dir.resolve("cache");
        Path stale = cache.resolve("clips-v2/ab").resolve("ab".repeat(32) + ".clip");
        Files.createDirectories(stale.getParent());
        Files.write(stale, new byte[10 * 1024]);
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofDays(3))));

        Run run = recast("render", input.toString(), "-o", dir.resolve("out").toString(), "--format", "wav",
                "--cache", cache.toString(), "--cache-limit", "1K");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("recast: cache: removed 1 files used least recently (10.0 KB); it holds "),
                run.err());
        assertTrue(run.err().contains(" of its 1.0 KB limit, over it in entries used within the hour\n"), run.err());
        assertFalse(Files.exists(stale));
        try (Stream<Path> files = Files.walk(cache)) {
            assertTrue(files.anyMatch(file -> file.toString().endsWith(".clip")), "the render's own clips stay");
        }
        assertTrue(Files.readString(cache.resolve("usage")).startsWith("recast cache usage 1\nwalked "));
    }

    @Test
    void aLimitThatIsNotASizeOrHasNoCacheIsAUsageError() {
        Run notASize = recast("render", "--cache-limit", "lots");
        assertEquals(2, notASize.exit());
        assertEquals("recast: --cache-limit must be a size such as 500M or 20G, or 'none', not 'lots'\n",
                notASize.err().lines().findFirst().orElse("") + "\n");
        Run noCache = recast("render", "--cache-limit", "5G", "--no-cache");
        assertEquals(2, noCache.exit());
        assertTrue(noCache.err().startsWith("recast: --cache-limit has no cache to limit with --no-cache"),
                noCache.err());
    }
}
