package dev.recast.storage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.audio.PcmFormat;
import dev.recast.concurrent.Shutdown;
import dev.recast.synth.UtteranceCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A render's temporary clip folder goes with the render; a cache stays. */
class ClipFolderTest {

    private static final PcmFormat FORMAT = new PcmFormat(16000, 16, 1);

    @TempDir
    Path dir;

    @Test
    void aTemporaryFolderIsRemovedAtCloseAndAClipStoredLateDoesNotMakeItAgain() throws Exception {
        ClipFolder clips = ClipFolder.of(Optional.empty(), Shutdown.manual());
        clips.store().write("ab01", FORMAT, new short[] {1, 2, 3});
        Path folder = clips.path();
        assertTrue(Files.isDirectory(folder));

        clips.close();

        assertFalse(Files.exists(folder));
        assertThrows(UtteranceCache.WriteFailure.class, () -> clips.store().write("cd02", FORMAT, new short[] {4}));
        assertFalse(Files.exists(folder), "a store after the folder was removed makes nothing");
    }

    @Test
    void aCacheIsLeftAsItIs() throws Exception {
        Path cache = dir.resolve("cache");
        try (ClipFolder clips = ClipFolder.of(Optional.of(cache), Shutdown.manual())) {
            clips.store().write("ab01", FORMAT, new short[] {1, 2, 3});
        }
        assertNotNull(new UtteranceCache(cache).read("ab01"));
    }
}
