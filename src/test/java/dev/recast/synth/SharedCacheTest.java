package dev.recast.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.recast.audio.PcmFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The utterance cache with a shared tier behind it: a map standing for a cluster's file system. */
class SharedCacheTest {

    private static final short[] SAMPLES = {0, 1, -1, Short.MAX_VALUE, Short.MIN_VALUE, 1234};
    private static final String KEY = UtteranceCache.key("Hello.", "sound", "");

    @TempDir
    Path dir;

    /** Entries by name, and what was asked of it, in order. */
    private static final class MapCache implements SharedCache {
        final Map<String, byte[]> entries = new ConcurrentHashMap<>();
        final List<String> calls = new ArrayList<>();

        @Override
        public synchronized Optional<byte[]> fetch(String name, long maxBytes) {
            calls.add("fetch " + name);
            byte[] bytes = entries.get(name);
            return bytes == null || bytes.length > maxBytes ? Optional.empty() : Optional.of(bytes.clone());
        }

        @Override
        public synchronized void offer(String name, byte[] bytes) {
            calls.add("offer " + name);
            entries.putIfAbsent(name, bytes.clone());
        }

        @Override
        public synchronized void replace(String name, byte[] bytes) {
            calls.add("replace " + name);
            entries.put(name, bytes.clone());
        }

        @Override
        public String location() {
            return "map:";
        }
    }

    @Test
    void anEntryStoredOnOneMachineIsFetchedCheckedAndKeptOnAnother() throws Exception {
        MapCache shared = new MapCache();
        new UtteranceCache(dir.resolve("a"), Optional.of(shared)).write(KEY, PcmFormat.SPEECH_16K, SAMPLES);
        String name = "clips-v" + UtteranceCache.FORMAT_VERSION + "/" + KEY.substring(0, 2) + "/" + KEY + ".clip";
        assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(name)), shared.entries.get(name),
                "the shared entry is the local file, byte for byte");

        UtteranceCache other = new UtteranceCache(dir.resolve("b"), Optional.of(shared));
        shared.calls.clear();
        UtteranceCache.Entry entry = other.read(KEY);
        assertArrayEquals(SAMPLES, entry.samples());
        assertEquals(List.of("fetch " + name), shared.calls, "one fetch, nothing offered back");
        assertArrayEquals(shared.entries.get(name), Files.readAllBytes(dir.resolve("b").resolve(name)),
                "kept locally as fetched");
        shared.calls.clear();
        assertNotNull(other.read(KEY));
        assertEquals(List.of(), shared.calls, "a second read is local");
    }

    @Test
    void aDamagedSharedEntryIsNeverUsedAndTheNextStoreReplacesIt() throws Exception {
        MapCache shared = new MapCache();
        new UtteranceCache(dir.resolve("a"), Optional.of(shared)).write(KEY, PcmFormat.SPEECH_16K, SAMPLES);
        String name = shared.entries.keySet().iterator().next();
        byte[] damaged = shared.entries.get(name).clone();
        damaged[damaged.length / 2] ^= 0x10;
        shared.entries.put(name, damaged);

        UtteranceCache other = new UtteranceCache(dir.resolve("b"), Optional.of(shared));
        assertNull(other.read(KEY), "a flipped bit fails the CRC");
        assertFalse(Files.exists(dir.resolve("b").resolve(name)), "nothing of it kept locally");
        other.write(KEY, PcmFormat.SPEECH_16K, SAMPLES);
        assertEquals("replace " + name, shared.calls.get(shared.calls.size() - 1));
        assertArrayEquals(SAMPLES, new UtteranceCache(dir.resolve("c"), Optional.of(shared)).read(KEY).samples());
    }

    @Test
    void anEntryUnderAnotherNameOrCutShortIsAbsent() throws Exception {
        MapCache shared = new MapCache();
        new UtteranceCache(dir.resolve("a"), Optional.of(shared)).write(KEY, PcmFormat.SPEECH_16K, SAMPLES);
        String name = shared.entries.keySet().iterator().next();
        String otherKey = UtteranceCache.key("Goodbye.", "sound", "");
        shared.entries.put(name.replace(KEY, otherKey).replace("/" + KEY.substring(0, 2) + "/",
                "/" + otherKey.substring(0, 2) + "/"), shared.entries.get(name));
        byte[] whole = shared.entries.get(name);
        shared.entries.put(name, Arrays.copyOf(whole, whole.length - 3));

        UtteranceCache other = new UtteranceCache(dir.resolve("b"), Optional.of(shared));
        assertNull(other.read(otherKey), "moved under another key: its key digest says so");
        assertNull(other.read(KEY), "cut short");
    }

    @Test
    void bytesBesideClipsGoThroughTheSharedCacheToo() throws Exception {
        MapCache shared = new MapCache();
        byte[] frames = {1, 2, 3, 4, 5};
        new UtteranceCache(dir.resolve("a"), Optional.of(shared)).writeBytes(KEY, frames);
        assertArrayEquals(frames, new UtteranceCache(dir.resolve("b"), Optional.of(shared)).readBytes(KEY));
    }

    @Test
    void aSharedCacheThatCannotBeWrittenSaysWhere() {
        SharedCache refusing = new SharedCache() {
            @Override
            public Optional<byte[]> fetch(String name, long maxBytes) {
                return Optional.empty();
            }

            @Override
            public void offer(String name, byte[] bytes) throws IOException {
                throw new IOException("bucket not writable");
            }

            @Override
            public void replace(String name, byte[] bytes) throws IOException {
                offer(name, bytes);
            }

            @Override
            public String location() {
                return "s3a://bucket/cache/";
            }
        };
        UtteranceCache cache = new UtteranceCache(dir, Optional.of(refusing));
        UtteranceCache.WriteFailure failure = assertThrows(UtteranceCache.WriteFailure.class,
                () -> cache.write(KEY, PcmFormat.SPEECH_16K, SAMPLES));
        assertEquals("s3a://bucket/cache/", failure.asRecastException().location());
    }
}
