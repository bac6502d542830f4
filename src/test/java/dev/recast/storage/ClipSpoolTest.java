package dev.recast.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.recast.audio.PcmFormat;
import dev.recast.concurrent.WorkerPool;
import dev.recast.episode.Chapter;
import dev.recast.episode.ClipSource;
import dev.recast.episode.Placed;
import dev.recast.episode.SectionSpan;
import dev.recast.episode.Timeline;
import dev.recast.segment.Pause;
import dev.recast.segment.Role;
import dev.recast.segment.Utterance;
import dev.recast.synth.UtteranceCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClipSpoolTest {

    @TempDir
    Path dir;

    /** Forty utterances, clip {@code i} being {@code i + 1} samples of value {@code i}. */
    private static Timeline timeline(List<Utterance> utterances) {
        List<Placed> placed = new ArrayList<>();
        long at = 0;
        for (int i = 0; i < 40; i++) {
            Utterance u = new Utterance(String.format("01-%04d", i + 1), 1, Role.NARRATION, "x", "x", null,
                    Pause.SENTENCE);
            utterances.add(u);
            placed.add(new Placed(u, at, at + i + 1, at + i + 3));
            at += i + 3;
        }
        return new Timeline(PcmFormat.SPEECH_16K, List.of(new SectionSpan(1, "One", "1.txt", 0, at)), placed,
                List.of(new Chapter("One", 1, 0)), at);
    }

    private static short[] clip(Utterance u, int scale) {
        int i = Integer.parseInt(u.id().substring(3)) - 1;
        short[] samples = new short[i + 1];
        java.util.Arrays.fill(samples, (short) (i * scale));
        return samples;
    }

    /** Clips at scale 3, each keyed {@code prefix} and its utterance's number, noting each one made. */
    private static ClipSource keyed(String prefix, List<String> made) {
        return new ClipSource() {
            @Override
            public short[] samples(Utterance u) {
                made.add(u.id());
                return clip(u, 3);
            }

            @Override
            public Optional<String> contentKey(Utterance u) {
                return Optional.of(prefix + u.id().replace("-", ""));
            }
        };
    }

    @Test
    void keepsEveryClipAndReadsEachBackWhateverTheOrder() throws IOException {
        List<Utterance> utterances = new ArrayList<>();
        Timeline timeline = timeline(utterances);
        List<String> made = Collections.synchronizedList(new ArrayList<>());
        ClipSource costly = u -> {
            made.add(u.id());
            return clip(u, 3);
        };
        Path file = Files.createFile(dir.resolve("spool"));
        try (WorkerPool workers = new WorkerPool(3); ClipSpool spool = new ClipSpool(timeline, file, workers, null)) {
            assertSame(spool, spool.keep(costly));
            assertEquals(40, made.size(), "each clip made once");
            assertEquals(2L * (40 * 41 / 2), Files.size(file));
            List<Utterance> shuffled = new ArrayList<>(utterances);
            Collections.shuffle(shuffled, new java.util.Random(1));
            for (Utterance u : shuffled) {
                assertArrayEquals(clip(u, 3), spool.samples(u), u.id());
            }
            // A second level replaces the first in the same file.
            spool.keep(u -> clip(u, -5));
            assertEquals(2L * (40 * 41 / 2), Files.size(file));
            assertArrayEquals(clip(utterances.get(17), -5), spool.samples(utterances.get(17)));
        }
    }

    @Test
    void keyedClipsAreKeptInTheCacheAndTakenFromItByTheNextRender() throws IOException {
        List<Utterance> utterances = new ArrayList<>();
        Timeline timeline = timeline(utterances);
        UtteranceCache cache = new UtteranceCache(dir.resolve("cache"));
        List<String> made = Collections.synchronizedList(new ArrayList<>());
        ClipSource keyed = keyed("k", made);
        try (WorkerPool workers = new WorkerPool(2);
                ClipSpool first = new ClipSpool(timeline, Files.createFile(dir.resolve("one")), workers, cache)) {
            first.keep(keyed);
        }
        assertEquals(40, made.size());
        assertEquals(0, Files.size(dir.resolve("one")), "keyed clips are read from the cache in place");
        made.clear();
        try (WorkerPool workers = new WorkerPool(2);
                ClipSpool second = new ClipSpool(timeline, Files.createFile(dir.resolve("two")), workers, cache)) {
            second.keep(keyed);
            assertEquals(List.of(), made, "every clip came from the cache");
            for (Utterance u : utterances) {
                assertArrayEquals(clip(u, 3), second.samples(u), u.id());
            }
            // A source without keys is made every time, and never cached.
            second.keep(u -> {
                made.add(u.id());
                return clip(u, 7);
            });
            assertEquals(40, made.size());
            assertArrayEquals(clip(utterances.get(3), 7), second.samples(utterances.get(3)));
        }
    }

    @Test
    void aFailingSourceFailsTheKeep() throws IOException {
        List<Utterance> utterances = new ArrayList<>();
        Timeline timeline = timeline(utterances);
        try (WorkerPool workers = new WorkerPool(2);
                ClipSpool spool = new ClipSpool(timeline, Files.createFile(dir.resolve("spool")), workers, null)) {
            IOException e = assertThrows(IOException.class, () -> spool.keep(u -> {
                if (u.id().equals("01-0009")) {
                    throw new IOException("clip 9 is damaged");
                }
                return clip(u, 1);
            }));
            assertEquals("clip 9 is damaged", e.getMessage());
        }
    }

    @Test
    void aClipDamagedInTheCacheAfterTheKeepIsMadeAgainWhenRead() throws IOException {
        List<Utterance> utterances = new ArrayList<>();
        Timeline timeline = timeline(utterances);
        UtteranceCache cache = new UtteranceCache(dir.resolve("cache"));
        List<String> made = Collections.synchronizedList(new ArrayList<>());
        ClipSource keyed = keyed("d", made);
        try (WorkerPool workers = new WorkerPool(2);
                ClipSpool spool = new ClipSpool(timeline, Files.createFile(dir.resolve("spool")), workers, cache)) {
            spool.keep(keyed);
            made.clear();
            Utterance damaged = utterances.get(30);
            Path entry;
            try (var files = Files.walk(dir.resolve("cache"))) {
                entry = files.filter(f -> f.getFileName().toString().equals("d010031.clip")).findFirst().orElseThrow();
            }
            byte[] bytes = Files.readAllBytes(entry);
            bytes[20] ^= 0x40;
            Files.write(entry, bytes);

            assertArrayEquals(clip(damaged, 3), spool.samples(damaged));
            assertEquals(List.of(damaged.id()), made);
            assertArrayEquals(clip(damaged, 3), spool.samples(damaged));
            assertEquals(List.of(damaged.id()), made, "kept again, so made once");
        }
    }
}
