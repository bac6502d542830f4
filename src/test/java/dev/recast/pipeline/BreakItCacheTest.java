package dev.recast.pipeline;

import static dev.recast.pipeline.RenderedFiles.assertSameFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.audio.PcmFormat;
import dev.recast.publish.Format;
import dev.recast.segment.Utterance;
import dev.recast.synth.CacheLimit;
import dev.recast.synth.Clip;
import dev.recast.synth.FakeEngines;
import dev.recast.synth.FakeSynthesizer;
import dev.recast.synth.Synthesizer;
import dev.recast.synth.VoiceProfile;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 25's cache items, each as the break-it campaign reproduced it: entries swapped between
 * keys (5), a prune beside a render (12), entries that are links, folders, pipes or absurdly
 * large (13). Renders run in-process with a synthesizer whose tone follows the text, so a clip
 * stitched in under the wrong key changes the audio.
 */
class BreakItCacheTest {

    @TempDir
    Path dir;

    private final List<String> said = Collections.synchronizedList(new ArrayList<>());

    /** Before its first clip, the synthesizer waits for this, when set. */
    private volatile CountDownLatch holdFirst;
    /** Counted down by the first clip asked for once {@link #holdFirst} is set. */
    private volatile CountDownLatch firstAsked = new CountDownLatch(1);

    private Render render() {
        return new Render(FakeEngines.opening((voice, lexicon) -> new Synthesizer() {
            @Override
            public Clip synthesize(Utterance u, VoiceProfile profile) {
                said.add(u.spokenText());
                firstAsked.countDown();
                CountDownLatch hold = holdFirst;
                if (hold != null) {
                    try {
                        hold.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return toneOf(u);
            }

            @Override
            public void close() {
            }
        }), line -> { });
    }

    /** A tone as long as FakeSynthesizer's, its pitch set by the text: every sentence sounds its own. */
    private static Clip toneOf(Utterance u) {
        PcmFormat format = FakeSynthesizer.FORMAT;
        short[] samples = new short[(int) FakeSynthesizer.lengthOf(u.spokenText())];
        double hz = 200 + Math.floorMod(u.spokenText().hashCode(), 600);
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) Math.round(8000 * Math.sin(2 * Math.PI * hz * i / format.sampleRate()));
        }
        return new Clip(u, format, samples);
    }

    private Path input(String first) throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("1-start.txt"), "Heading " + first + "\nOne sentence. Two sentences. Three.\n");
        Files.writeString(in.resolve("2-middle.txt"), "Heading Middle\nFour fine words. The middle goes on.\n");
        Files.writeString(in.resolve("3-end.txt"), "Heading The End\nThat is all. Goodbye now.\n");
        return in;
    }

    private static RenderOptions options(Path in, Path out, Path cache) {
        return RenderOptions.of(in, out).withJobs(2).withCache(Optional.ofNullable(cache));
    }

    private static List<Path> entries(Path cache, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(cache)) {
            return walk.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** Item 5: every entry moved under another key is found out, made again, never stitched in. */
    @Test
    void entriesSwappedBetweenKeysAreMadeAgainAndTheAudioIsRight() throws Exception {
        Path in = input("The Start");
        render().run(options(in, dir.resolve("fresh"), null));
        Path cache = dir.resolve("cache");
        render().run(options(in, dir.resolve("first"), cache));
        List<Path> clips = entries(cache, ".clip");
        List<Path> bytes = entries(cache, ".bytes");
        assertTrue(clips.size() > 10 && bytes.size() > 2, clips + " " + bytes);
        // Each entry takes the next one's contents: every one whole, with a sound CRC, under another key.
        for (List<Path> kind : List.of(clips, bytes)) {
            byte[] first = Files.readAllBytes(kind.get(0));
            for (int i = 0; i < kind.size(); i++) {
                Files.write(kind.get(i), i + 1 < kind.size() ? Files.readAllBytes(kind.get(i + 1)) : first);
            }
        }
        said.clear();

        render().run(options(in, dir.resolve("second"), cache));

        assertSameFiles(dir.resolve("fresh"), dir.resolve("second"));
        int utterances = render().run(options(in, dir.resolve("third"), cache)).timeline().utterances().size();
        assertEquals(utterances, said.size(), "every swapped clip was synthesized again, and only once");
        assertSameFiles(dir.resolve("fresh"), dir.resolve("third"));
    }

    /**
     * Item 12: a prune (another render's, ending) while this render synthesizes its first clip
     * keeps the entries it has not read yet.
     */
    @Test
    void aPruneBesideARenderKeepsWhatTheRenderIsAboutToRead() throws Exception {
        Path cache = dir.resolve("cache");
        render().run(options(input("The Start"), dir.resolve("first"), cache));
        FileTime longAgo = FileTime.from(Instant.now().minus(Duration.ofDays(2)));
        for (Path entry : entries(cache, "")) {
            if (Files.isRegularFile(entry)) {
                Files.setLastModifiedTime(entry, longAgo);
            }
        }
        Path in = input("A New Start");
        render().run(options(in, dir.resolve("fresh"), null));
        said.clear();
        firstAsked = new CountDownLatch(1);
        holdFirst = new CountDownLatch(1);

        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<RenderResult> rendering = thread.submit(() -> render().run(options(in, dir.resolve("edit"), cache)));
            assertTrue(firstAsked.await(30, TimeUnit.SECONDS), "the render reached synthesis");
            Optional<CacheLimit.Pruning> pruning = new CacheLimit(cache, 1).afterRender(0, Instant.now());
            holdFirst.countDown();
            rendering.get(60, TimeUnit.SECONDS);

            assertTrue(pruning.isPresent());
            assertTrue(pruning.get().keptBytes() > 1, "the render's entries are kept, over the limit: " + pruning);
        } finally {
            holdFirst.countDown();
            thread.shutdownNow();
        }
        assertEquals(List.of("A New Start"), said, "only the edited heading is synthesized");
        assertSameFiles(dir.resolve("fresh"), dir.resolve("edit"));
    }

    /**
     * Item 13: entries that are a link to /dev/zero or to a file outside, a folder, a pipe, an
     * absurdly large file, and a fan-out folder that is a link out of the cache: none is
     * followed or read whole; each is made again, and the outputs are right.
     */
    @Test
    void entriesThatAreNoRegularFileAreNeverFollowedAndMadeAgain() throws Exception {
        Path in = input("The Start");
        render().run(options(in, dir.resolve("fresh"), null));
        Path cache = dir.resolve("cache");
        render().run(options(in, dir.resolve("first"), cache));
        List<Path> clips = entries(cache, ".clip");
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path victim = Files.writeString(outside.resolve("victim"), "not the cache's");
        FileTime victimTime = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(victim, victimTime);

        Path toZero = clips.get(0);
        Files.delete(toZero);
        Files.createSymbolicLink(toZero, Path.of("/dev/zero"));
        Path toVictim = clips.get(1);
        Files.delete(toVictim);
        Files.createSymbolicLink(toVictim, victim);
        Path folder = clips.get(2);
        Files.delete(folder);
        Files.createDirectories(folder.resolve("inner"));
        Files.createSymbolicLink(folder.resolve("inner/link"), victim);
        Path pipe = clips.get(3);
        Files.delete(pipe);
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
        Path huge = clips.get(4);
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(64L << 30);
        }
        // A fan-out folder moved out of the cache, a link left in its place.
        Path fanOut = clips.get(5).getParent();
        Path movedOut = outside.resolve("moved");
        Files.move(fanOut, movedOut);
        Files.createSymbolicLink(fanOut, movedOut);
        List<String> movedBefore;
        try (Stream<Path> list = Files.list(movedOut)) {
            movedBefore = list.map(Path::toString).sorted().toList();
        }

        render().run(options(in, dir.resolve("second"), cache));

        assertSameFiles(dir.resolve("fresh"), dir.resolve("second"));
        for (Path entry : List.of(toZero, toVictim, folder, pipe, clips.get(5))) {
            assertTrue(Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS), entry + " is an entry again");
        }
        assertTrue(Files.size(huge) < 1 << 20, "the huge entry was replaced");
        assertFalse(Files.isSymbolicLink(fanOut), "the linked fan-out folder is a folder again");
        assertEquals("not the cache's", Files.readString(victim));
        assertEquals(victimTime, Files.getLastModifiedTime(victim), "a link's target is never marked as used");
        try (Stream<Path> list = Files.list(movedOut)) {
            assertEquals(movedBefore, list.map(Path::toString).sorted().toList(), "nothing written through the link");
        }
    }
}
