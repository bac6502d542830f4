package dev.recast.pipeline;

import static dev.recast.pipeline.RenderedFiles.assertSameFiles;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.concurrent.Shutdown;
import dev.recast.publish.Format;
import dev.recast.segment.Utterance;
import dev.recast.storage.ClipFolder;
import dev.recast.storage.OutputDirectory;
import dev.recast.synth.Clip;
import dev.recast.synth.FakeEngines;
import dev.recast.synth.FakeSynthesizer;
import dev.recast.synth.Synthesizer;
import dev.recast.synth.VoiceProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-renders through the utterance cache, and the worker pool, with a fake synthesizer that counts. */
class RenderCacheTest {

    @TempDir
    Path dir;

    private final List<String> said = Collections.synchronizedList(new ArrayList<>());
    private final List<String> progress = Collections.synchronizedList(new ArrayList<>());

    private Render render() {
        return new Render(FakeEngines.opening((voice, lexicon) -> new Synthesizer() {
            @Override
            public Clip synthesize(Utterance u, VoiceProfile profile) {
                said.add(u.spokenText());
                return new FakeSynthesizer().synthesize(u);
            }

            @Override
            public void close() {
            }
        }), progress::add);
    }

    private Path input(String middle) throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("1-start.txt"), "Heading The Start\nOne sentence. Two sentences. Three.\n");
        Files.writeString(in.resolve("2-middle.txt"), "Heading Middle\n" + middle + "\nThe middle goes on.\n");
        Files.writeString(in.resolve("3-end.txt"), "Heading The End\nThat is all.\n");
        return in;
    }

    private RenderOptions options(Path in, Path out, Path cache, int jobs) {
        return RenderOptions.of(in, out).withLoudness(OptionalDouble.empty()).withJobs(jobs)
                .withCache(Optional.ofNullable(cache));
    }

    @Test
    void aRepeatedSentenceIsSaidOnceAndCountedAsARepeatNotACacheHit() throws Exception {
        // "One sentence." is said in the first section too.
        Path in = input("One sentence. One sentence.");
        RenderResult uncached = render().run(options(in, dir.resolve("no-cache"), null, 2));
        int utterances = uncached.timeline().utterances().size();
        assertEquals(utterances - 2, said.size(), "each repeat is synthesized once");
        assertEquals(0, uncached.cacheHits());
        assertTrue(progress.contains("0 of " + utterances + " utterances from the cache and 2 repeating an earlier"
                + " one; 0 of " + (RenderedFiles.contents(dir.resolve("no-cache")).size() + 1) + " files unchanged"),
                progress.toString());

        Path cache = dir.resolve("cache");
        render().run(options(in, dir.resolve("first"), cache, 2));
        said.clear();
        RenderResult cached = render().run(options(in, dir.resolve("second"), cache, 2));
        assertEquals(List.of(), said);
        assertEquals(utterances, cached.cacheHits(), "a repeat of a clip found in the cache is a hit too");
    }

    @Test
    void aNewLexiconEntryResynthesizesOnlyTheUtterancesThatSayItsWord() throws Exception {
        Path in = input("The keeper climbed the stairs.");
        Path cache = dir.resolve("cache");
        render().run(options(in, dir.resolve("first"), cache, 2));
        said.clear();
        Files.writeString(in.resolve("lexicon.txt"), "keeper  K IY1 P ER0\n");
        render().run(options(in, dir.resolve("second"), cache, 2));
        assertEquals(List.of("The keeper climbed the stairs."), said);
    }

    @Test
    void aSecondRenderSynthesizesNothingAndRewritesNoFile() throws Exception {
        Path in = input("Something in the middle.");
        Path out = dir.resolve("out");
        Path cache = dir.resolve("cache");
        render().run(options(in, out, cache, 2));
        int first = said.size();
        assertTrue(first > 5, "synthesized " + first);
        Path wav = out.resolve("episode.wav");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(wav, old);

        // The stamp recorded at commit no longer matches: the render runs, from the cache.
        said.clear();
        render().run(options(in, out, cache, 2));
        assertEquals(List.of(), said);
        assertEquals(old, Files.getLastModifiedTime(wav), "an unchanged file is kept, not rewritten");
        String total = String.valueOf(RenderedFiles.contents(out).size());
        assertTrue(progress.contains(first + " of " + first + " utterances from the cache; " + total + " of "
                + (RenderedFiles.contents(out).size() + 1) + " files unchanged"), progress.toString());

        // Now nothing changed at all: the render stops before cleaning, and touches nothing.
        progress.clear();
        Map<String, FileTime> times = modified(out);
        assertTrue(render().run(options(in, out, cache, 2)).unchanged());
        assertEquals(List.of(), said);
        assertEquals(times, modified(out));
        assertEquals(List.of("nothing changed since the last render into " + out + ": its " + times.size()
                + " files are kept as they are"), progress);
    }

    @Test
    void anyChangeToAnOutputOrTheOptionsRendersAgain() throws Exception {
        Path in = input("Something in the middle.");
        Path out = dir.resolve("out");
        Path cache = dir.resolve("cache");
        render().run(options(in, out, cache, 2));
        Files.writeString(out.resolve("episode.vtt"), "edited by hand");
        assertFalse(render().run(options(in, out, cache, 2)).unchanged());
        assertTrue(Files.readString(out.resolve("episode.vtt")).startsWith("WEBVTT"));
        Files.delete(out.resolve("episode.srt"));
        assertFalse(render().run(options(in, out, cache, 2)).unchanged());
        assertTrue(Files.exists(out.resolve("episode.srt")));
        assertTrue(render().run(options(in, out, cache, 1)).unchanged(), "the thread count changes nothing");
        RenderOptions quieter = RenderOptions.of(in, out).withLoudness(OptionalDouble.of(-20)).withJobs(2)
                .withCache(Optional.ofNullable(cache));
        assertFalse(render().run(quieter).unchanged());
    }

    @Test
    void thePagesOverviewMadeWhileTheWavIsWrittenIsTheOneItsOwnPassMakes() throws Exception {
        Path in = input("Something in the middle.");
        Path out = dir.resolve("out");
        Path cache = dir.resolve("cache");
        render().run(options(in, out, cache, 2));
        byte[] page = Files.readAllBytes(out.resolve("index.html"));
        FileTime wavWritten = Files.getLastModifiedTime(out.resolve("episode.wav"));

        // The episode WAV is left in place unread, so the page's overview takes a pass of its own.
        Files.delete(out.resolve("index.html"));
        render().run(options(in, out, cache, 2));
        assertEquals(wavWritten, Files.getLastModifiedTime(out.resolve("episode.wav")));
        assertArrayEquals(page, Files.readAllBytes(out.resolve("index.html")));
    }

    private static Map<String, FileTime> modified(Path root) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        // What a reader sees: through the links to the current generation, not the generations.
        try (Stream<Path> walk = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
            for (Path file : walk.filter(Files::isRegularFile)
                    .filter(file -> !file.startsWith(root.resolve(OutputDirectory.STATE))).toList()) {
                times.put(root.relativize(file).toString(), Files.getLastModifiedTime(file));
            }
        }
        return times;
    }

    @Test
    void anEditedSentenceIsTheOnlyOneSynthesizedAndOnlyChangedFilesAreWritten() throws Exception {
        Path out = dir.resolve("out");
        Path cache = dir.resolve("cache");
        render().run(options(input("Something in the middle."), out, cache, 2));
        Map<String, byte[]> before = RenderedFiles.contents(out);

        said.clear();
        render().run(options(input("Something else in the middle."), out, cache, 2));
        assertEquals(List.of("Something else in the middle."), said);
        Path fresh = dir.resolve("fresh");
        render().run(options(input("Something else in the middle."), fresh, null, 1));
        assertSameFiles(fresh, out);
        Map<String, byte[]> after = RenderedFiles.contents(out);
        assertArrayEquals(before.get("sections/01-the-start.wav"), after.get("sections/01-the-start.wav"));
        assertEquals(guid(before.get("feed.xml")), guid(after.get("feed.xml")),
                "a corrected sentence is the same episode to a podcast app");
    }

    private static String guid(byte[] feed) {
        String xml = new String(feed, StandardCharsets.UTF_8);
        return xml.substring(xml.indexOf("<guid"), xml.indexOf("</guid>"));
    }

    @Test
    void aDamagedOrTruncatedEntryIsSynthesizedAgainNotStitched() throws Exception {
        Path in = input("Something in the middle.");
        Path cache = dir.resolve("cache");
        Path clean = dir.resolve("clean");
        render().run(options(in, clean, cache, 1));
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(cache)) {
            entries = walk.filter(p -> p.toString().endsWith(".clip")).sorted().toList();
        }
        byte[] flipped = Files.readAllBytes(entries.get(0));
        flipped[flipped.length / 2] ^= 1;
        Files.write(entries.get(0), flipped);
        byte[] cut = Files.readAllBytes(entries.get(1));
        Files.write(entries.get(1), java.util.Arrays.copyOf(cut, cut.length - 7));

        said.clear();
        Path again = dir.resolve("again");
        render().run(options(in, again, cache, 2));
        assertEquals(2, said.size(), said.toString());
        assertSameFiles(clean, again);
    }

    @Test
    void theOutputsAreTheSameWhateverTheNumberOfWorkersAndWithoutACache() throws Exception {
        Path in = input("Something in the middle.");
        Path one = dir.resolve("one");
        render().run(options(in, one, null, 1));
        for (int jobs : new int[] {2, 3, 8}) {
            Path many = dir.resolve("jobs-" + jobs);
            render().run(options(in, many, dir.resolve("cache-" + jobs), jobs));
            assertSameFiles(one, many);
        }
    }

    @Test
    void withoutACacheTheClipsLiveInATemporaryFolderRemovedAtTheEnd() throws Exception {
        Path temporary;
        try (ClipFolder folder = ClipFolder.of(Optional.empty(), Shutdown.manual())) {
            temporary = folder.path();
            new dev.recast.synth.UtteranceCache(temporary).write("ab12", FakeSynthesizer.FORMAT, new short[] {1, 2});
            assertTrue(Files.isDirectory(temporary));
        }
        assertTrue(Files.notExists(temporary));
        try (ClipFolder folder = ClipFolder.of(Optional.of(dir.resolve("cache")), Shutdown.manual())) {
            new dev.recast.synth.UtteranceCache(folder.path()).write("ab12", FakeSynthesizer.FORMAT, new short[] {1});
        }
        assertTrue(Files.isDirectory(dir.resolve("cache")), "a real cache stays");
    }
}
