package dev.recast.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.RecastException;
import dev.recast.audio.PcmFormat;
import dev.recast.segment.Pauses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UtteranceCacheTest {

    private static final VoiceProfile NARRATOR = new VoiceProfile("narrator", "kevin16", 150, 100, 11, 0.9);
    private static final Engines ENGINES = new Engines(List.of(new FreeTtsEngine(), new ToneEngine()));
    private static final String SOUND = ENGINES.soundKey(NARRATOR);
    private static final short[] SAMPLES = {0, 1, -1, Short.MAX_VALUE, Short.MIN_VALUE, 1234};

    @TempDir
    Path dir;

    @Test
    void givesBackWhatWasStoredAndNothingForAnUnknownKey() throws Exception {
        UtteranceCache cache = new UtteranceCache(dir);
        String key = UtteranceCache.key("Hello.", SOUND, "");
        assertNull(cache.read(key));
        cache.write(key, PcmFormat.SPEECH_16K, SAMPLES);
        UtteranceCache.Entry entry = cache.read(key);
        assertEquals(PcmFormat.SPEECH_16K, entry.format());
        assertArrayEquals(SAMPLES, entry.samples());
        assertEquals(List.of(), leftovers(), "no temporary file remains");
    }

    @Test
    void anEntryFoundIsMarkedUsedAndWhatIsStoredAddsUp() throws Exception {
        UtteranceCache cache = new UtteranceCache(dir);
        cache.write("aa01", PcmFormat.SPEECH_16K, SAMPLES);
        cache.writeBytes("bb02", new byte[100]);
        cache.write("cc03", PcmFormat.SPEECH_16K, SAMPLES);
        assertEquals(2 * (44 + 2 * SAMPLES.length + 4) + (44 + 100 + 4), cache.bytesStored(),
                "each entry's header (with its key's digest), contents and CRC");
        Path root = dir.resolve("clips-v" + UtteranceCache.FORMAT_VERSION);
        FileTime longAgo = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        for (Path entry : List.of(root.resolve("aa/aa01.clip"), root.resolve("bb/bb02.bytes"),
                root.resolve("cc/cc03.clip"))) {
            Files.setLastModifiedTime(entry, longAgo);
        }

        cache.read("aa01");
        cache.readBytes("bb02");
        cache.has("cc03");

        for (Path entry : List.of(root.resolve("aa/aa01.clip"), root.resolve("bb/bb02.bytes"),
                root.resolve("cc/cc03.clip"))) {
            assertTrue(Files.getLastModifiedTime(entry).toInstant().isAfter(Instant.now().minusSeconds(60)),
                    entry + " is marked as used");
        }
        assertEquals(2 * (44 + 2 * SAMPLES.length + 4) + (44 + 100 + 4), cache.bytesStored(), "reading adds nothing");
    }

    @Test
    void aCacheThatCannotBeWrittenSaysWhereAndWhy() throws Exception {
        // The cache's folder is taken by a file, as a full or read-only disk would refuse it too.
        Files.writeString(dir.resolve("clips-v" + UtteranceCache.FORMAT_VERSION), "not a folder");
        UtteranceCache cache = new UtteranceCache(dir);
        String key = UtteranceCache.key("Hello.", SOUND, "");
        UtteranceCache.WriteFailure e = assertThrows(UtteranceCache.WriteFailure.class,
                () -> cache.writeBytes(key, new byte[8]));
        RecastException reported = e.asRecastException();
        assertEquals(RecastException.Kind.ENVIRONMENT, reported.kind());
        assertEquals(dir.resolve("clips-v" + UtteranceCache.FORMAT_VERSION).resolve(key.substring(0, 2)).toString(),
                reported.location());
        assertTrue(reported.getMessage().startsWith("cannot use the utterance cache: "), reported.getMessage());
    }

    @Test
    void aTruncatedEntryIsAbsent() throws Exception {
        UtteranceCache cache = new UtteranceCache(dir);
        String key = UtteranceCache.key("Hello.", SOUND, "");
        cache.write(key, PcmFormat.SPEECH_16K, SAMPLES);
        Path file = cache.file(key);
        byte[] whole = Files.readAllBytes(file);
        for (int length : new int[] {0, 3, 12, whole.length - 4, whole.length - 1}) {
            Files.write(file, java.util.Arrays.copyOf(whole, length));
            assertNull(cache.read(key), "truncated to " + length + " bytes");
        }
        Files.write(file, whole);
        Files.write(file, new byte[] {0, 0}, StandardOpenOption.APPEND);
        assertNull(cache.read(key), "with bytes appended");
    }

    @Test
    void anEntryWithAnyByteFlippedIsAbsent() throws Exception {
        UtteranceCache cache = new UtteranceCache(dir);
        String key = UtteranceCache.key("Hello.", SOUND, "");
        cache.write(key, PcmFormat.SPEECH_16K, SAMPLES);
        Path file = cache.file(key);
        byte[] whole = Files.readAllBytes(file);
        for (int i = 0; i < whole.length; i++) {
            byte[] damaged = whole.clone();
            damaged[i] ^= 0x10;
            Files.write(file, damaged);
            assertNull(cache.read(key), "byte " + i + " flipped");
        }
    }

    @Test
    void keepsBytesBesideClipsAndFindsAnyDamage() throws Exception {
        UtteranceCache cache = new UtteranceCache(dir);
        byte[] frames = "frames of an encoded part".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String key = UtteranceCache.key("Part.", SOUND, "");
        assertNull(cache.readBytes(key));
        cache.writeBytes(key, frames);
        assertArrayEquals(frames, cache.readBytes(key));
        assertNull(cache.read(key), "bytes are not a clip");

        Path file;
        try (Stream<Path> files = Files.walk(dir)) {
            file = files.filter(f -> f.toString().endsWith(".bytes")).findFirst().orElseThrow();
        }
        byte[] stored = Files.readAllBytes(file);
        for (int i = 0; i < stored.length; i++) {
            byte[] damaged = stored.clone();
            damaged[i] ^= 0x01;
            Files.write(file, damaged);
            assertNull(cache.readBytes(key), "byte " + i + " flipped");
        }
        Files.write(file, java.util.Arrays.copyOf(stored, stored.length - 1));
        assertNull(cache.readBytes(key), "truncated");
    }

    @Test
    void anEntryMovedUnderAnotherKeyIsAbsent() throws Exception {
        UtteranceCache cache = new UtteranceCache(dir);
        String hello = UtteranceCache.key("Hello.", SOUND, "");
        String world = UtteranceCache.key("World.", SOUND, "");
        cache.write(hello, PcmFormat.SPEECH_16K, SAMPLES);
        cache.write(world, PcmFormat.SPEECH_16K, new short[] {7, 7, 7, 7, 7, 7});
        Files.copy(cache.file(hello), cache.file(world), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertNull(cache.read(world), "whole, its CRC sound, but stored under another key");
        assertArrayEquals(SAMPLES, cache.read(hello).samples());

        cache.writeBytes(hello, new byte[] {1, 2, 3});
        cache.writeBytes(world, new byte[] {4, 5, 6});
        Path helloBytes = cache.placeOfBytes(hello).file();
        Files.copy(helloBytes, cache.placeOfBytes(world).file(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertNull(cache.readBytes(world));
        assertArrayEquals(new byte[] {1, 2, 3}, cache.readBytes(hello));
    }

    @Test
    void anEntryThatIsNoRegularFileIsAbsentRemovedAndNeverFollowed() throws Exception {
        UtteranceCache cache = new UtteranceCache(dir);
        String key = UtteranceCache.key("Hello.", SOUND, "");
        Path file = cache.file(key);
        Files.createDirectories(file.getParent());
        Path outside = Files.writeString(dir.resolve("outside"), "not the cache's");
        FileTime longAgo = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(outside, longAgo);

        for (Path target : List.of(Path.of("/dev/zero"), outside)) {
            Files.createSymbolicLink(file, target);
            assertFalse(cache.has(key), "a link is no entry");
            cache.markInUse(List.of(key));
            assertNull(cache.read(key));
            assertFalse(Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS), "the link is removed");
        }
        assertEquals("not the cache's", Files.readString(outside));
        assertEquals(longAgo, Files.getLastModifiedTime(outside), "what a link leads to is never marked");

        Files.createDirectories(file.resolve("inner"));
        Files.createSymbolicLink(file.resolve("inner/link"), outside);
        assertNull(cache.read(key));
        assertFalse(Files.exists(file), "the folder is removed");
        assertTrue(Files.exists(outside), "not what a link in it leads to");

        try (java.io.RandomAccessFile huge = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            huge.setLength(UtteranceCache.MAX_ENTRY_BYTES + 1);
        }
        assertNull(cache.read(key), "larger than any entry: not read");
        cache.write(key, PcmFormat.SPEECH_16K, SAMPLES);
        assertArrayEquals(SAMPLES, cache.read(key).samples(), "stored over it");
    }

    @Test
    void aFanOutFolderThatIsALinkIsRemovedNotWrittenThrough() throws Exception {
        UtteranceCache cache = new UtteranceCache(dir);
        String key = UtteranceCache.key("Hello.", SOUND, "");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createDirectories(cache.file(key).getParent().getParent());
        Files.createSymbolicLink(cache.file(key).getParent(), elsewhere);

        assertNull(cache.read(key));
        cache.write(key, PcmFormat.SPEECH_16K, SAMPLES);

        assertTrue(Files.isDirectory(cache.file(key).getParent(), java.nio.file.LinkOption.NOFOLLOW_LINKS));
        try (Stream<Path> list = Files.list(elsewhere)) {
            assertEquals(0, list.count(), "nothing written through the link");
        }
        assertArrayEquals(SAMPLES, cache.read(key).samples());
    }

    @Test
    void theKeyChangesWithEverythingThatShapesTheSoundAndNothingElse() {
        String base = UtteranceCache.key("Hello.", SOUND, "");
        Set<String> changed = Stream.of(
                UtteranceCache.key("Hello!", SOUND, ""),
                key(new VoiceProfile("narrator", "kevin", 150, 100, 11, 0.9)),
                key(new VoiceProfile("narrator", "kevin16", 151, 100, 11, 0.9)),
                key(new VoiceProfile("narrator", "kevin16", 150, 101, 11, 0.9)),
                key(new VoiceProfile("narrator", "kevin16", 150, 100, 12, 0.9)),
                key(new VoiceProfile("narrator", "kevin16", 150, 100, 11, 0.8)),
                UtteranceCache.key("Hello.", SOUND, "lexicon-1"),
                key(new VoiceProfile("narrator", ToneEngine.NAME, "kevin16", 150, 100, 11, 0.9, Pauses.DEFAULTS)))
                .collect(Collectors.toSet());
        assertEquals(8, changed.size(), "every change gives its own key");
        assertEquals(false, changed.contains(base));
        assertEquals(base, key(new VoiceProfile("other-name", VoiceProfile.DEFAULT_ENGINE, "kevin16", 150, 100, 11,
                0.9, new Pauses(1, 2, 3, 4, 5))), "the profile's name and pauses do not change the sound");
        assertNotEquals(UtteranceCache.key("a\u0000b", SOUND, ""),
                UtteranceCache.key("a", SOUND, "b"));
    }

    @Test
    void aFreeTtsProfilesSoundIsItsEngineBuildVoiceAndProsody() {
        assertEquals(String.join("\u0000", "freetts-1.2.2-recast.1", "kevin16", "150.0", "100.0", "11.0", "0.9"), SOUND,
                "the fields FreeTTS clips in a cache folder are keyed by");
    }

    private static String key(VoiceProfile profile) {
        return UtteranceCache.key("Hello.", ENGINES.soundKey(profile), "");
    }

    private List<Path> leftovers() throws Exception {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
