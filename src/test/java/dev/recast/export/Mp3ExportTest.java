package dev.recast.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recast.ExternalTool;
import dev.recast.episode.Chapter;
import dev.recast.episode.Placed;
import dev.recast.episode.SectionSpan;
import dev.recast.episode.Timeline;
import dev.recast.pipeline.Render;
import dev.recast.pipeline.RenderOptions;
import dev.recast.pipeline.RenderProgress;
import dev.recast.pipeline.RenderResult;
import dev.recast.publish.Format;
import dev.recast.synth.FakeEngines;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MP3 as real decoders read it: exact length, gap-free joins, the same bytes with any worker count. */
class Mp3ExportTest {

    @TempDir
    Path dir;

    private final List<String> progress = new ArrayList<>();

    private Path input() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("1-one.txt"), "Heading Opening\nThe first section speaks a while.\n");
        Files.writeString(in.resolve("2-two.txt"), "The second section starts right after a pause.\n");
        Files.writeString(in.resolve("3-three.txt"), "And the third one ends it.\n");
        return in;
    }

    private RenderResult render(Path out, int jobs) throws Exception {
        return render(input(), out, jobs, null);
    }

    private RenderResult render(Path in, Path out, int jobs, Path cache) throws Exception {
        RenderOptions options = RenderOptions.of(in, out).withFormats(Set.of(Format.MP3))
                .withLoudness(OptionalDouble.empty()).withJobs(jobs).withCache(Optional.ofNullable(cache));
        return new Render(FakeEngines.tones(), progress::add).run(options);
    }

    /** The 44.1 kHz sample nearest to a 16 kHz timeline sample: where exact joins put it in the decoded MP3. */
    private static long mp3Sample(long sample, int rate) {
        return Math.floorDiv(2 * sample * 44_100 + rate, 2L * rate);
    }

    private short[] decode(Path mp3) throws IOException {
        Path raw = dir.resolve(mp3.getParent().getFileName() + ".raw");
        ExternalTool.require("ffmpeg").run("-v", "error", "-i", mp3.toString(), "-f", "s16le", "-ac", "1",
                "-ar", "44100", raw.toString());
        byte[] bytes = Files.readAllBytes(raw);
        short[] samples = new short[bytes.length / 2];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
        return samples;
    }

    @Test
    void decodesToExactlyTheTimelineAt44kHzWithEveryJunctionInPlace() throws Exception {
        RenderResult result = render(dir.resolve("out"), 2);
        Timeline timeline = result.timeline();
        assertTrue(progress.stream().anyMatch(line -> line.contains("3 parts")), progress.toString());
        assertPlaysTheTimeline(decode(dir.resolve("out/episode.mp3")), timeline);
    }

    /**
     * The decoded MP3 is exactly the timeline at 44.1 kHz: every utterance's tone starts where the
     * timeline puts it, past every junction before it, and the pauses around junctions are silent.
     */
    private static void assertPlaysTheTimeline(short[] decoded, Timeline timeline) {
        assertEquals(-Math.floorDiv(-timeline.totalSamples() * 441, 160), decoded.length);
        for (Placed p : timeline.utterances()) {
            long expected = mp3Sample(p.startSample(), 16_000);
            int onset = (int) Math.max(0, expected - 4000);
            while (Math.abs(decoded[onset]) < 2000) {
                onset++;
            }
            assertTrue(Math.abs(onset - expected) <= 8, p.utterance().id() + ": tone at " + onset + ", expected "
                    + expected);
        }
        for (Placed p : timeline.utterances()) {
            long from = mp3Sample(p.speechEndSample(), 16_000) + 2000;
            long to = mp3Sample(p.endSample(), 16_000) - 2000;
            for (long i = from; i < to; i++) {
                assertTrue(Math.abs(decoded[(int) i]) < 64, "noise " + decoded[(int) i] + " at " + i);
            }
        }
    }

    /** A section of three paragraphs of about 11 s each (the fake voice speaks 10 ms a character), and a short one. */
    private Path paragraphs(String lastParagraph) throws IOException {
        Path in = dir.resolve("paragraphs");
        Files.createDirectories(in);
        String sentence = "This sentence is here to fill the paragraph with a steady tone for a while. ";
        String paragraph = sentence.repeat(15).strip();
        Files.writeString(in.resolve("1-long.txt"), paragraph + "\n\n" + paragraph + "\n\n" + lastParagraph + "\n");
        Files.writeString(in.resolve("2-short.txt"), "A short section closes it.\n");
        return in;
    }

    @Test
    void cutsInsideASectionAtParagraphPausesAndJoinsThereGapFree() throws Exception {
        String last = "The last paragraph. " + "This sentence is here to fill the paragraph with a steady tone. ".repeat(15);
        RenderResult result = render(paragraphs(last), dir.resolve("out"), 2, null);
        // Cut before the second and third paragraphs, 11 s apart, and before the second section.
        assertTrue(progress.stream().anyMatch(line -> line.contains("4 parts")), progress.toString());
        assertPlaysTheTimeline(decode(dir.resolve("out/episode.mp3")), result.timeline());
    }

    @Test
    void anEditInASectionsLastParagraphReEncodesOnlyThatParagraphsPart() throws Exception {
        Path cache = dir.resolve("cache");
        String filler = "This sentence is here to fill the paragraph with a steady tone. ".repeat(15);
        Path in = paragraphs("The last paragraph. " + filler);
        render(in, dir.resolve("out"), 2, cache);
        assertTrue(progress.stream().anyMatch(line -> line.contains("4 parts, 0 from the cache")), progress.toString());
        progress.clear();
        paragraphs("The last paragraph, now a little longer. " + filler);
        render(in, dir.resolve("out"), 2, cache);
        assertTrue(progress.stream().anyMatch(line -> line.contains("4 parts, 3 from the cache")), progress.toString());

        render(in, dir.resolve("fresh"), 2, null);
        assertArrayEquals(Files.readAllBytes(dir.resolve("fresh/episode.mp3")),
                Files.readAllBytes(dir.resolve("out/episode.mp3")));
    }

    @Test
    void readersSeeA64kbitMono44kHzStreamWithItsLameHeader() throws Exception {
        render(dir.resolve("out"), 1);
        Path mp3 = dir.resolve("out/episode.mp3");
        String probe = ExternalTool.require("ffprobe").run("-v", "error", "-select_streams", "a", "-show_entries",
                "stream=codec_name,sample_rate,channels,bit_rate", "-of", "compact", mp3.toString());
        assertEquals("stream|codec_name=mp3|sample_rate=44100|channels=1|bit_rate=64000", probe.strip());
        String info = ExternalTool.require("mediainfo").run(mp3.toString());
        assertTrue(info.contains("LAME3.98r"), info);
        assertTrue(info.matches("(?s).*Bit rate mode\\s+: Constant.*"), info);
        assertTrue(info.matches("(?s).*Encoding settings\\s+: -m m -V 4 -q 5 -b 64.*"), info);
    }

    @Test
    void ffprobeListsEveryChapterWithItsTitleWithin30msOfTheTimeline() throws Exception {
        Timeline timeline = render(dir.resolve("out"), 2).timeline();
        JsonNode chapters = new ObjectMapper().readTree(ExternalTool.require("ffprobe").run("-v", "error",
                "-show_chapters", "-show_format", "-of", "json", dir.resolve("out/episode.mp3").toString()));
        assertEquals(timeline.chapters().size(), chapters.get("chapters").size());
        for (int i = 0; i < timeline.chapters().size(); i++) {
            Chapter expected = timeline.chapters().get(i);
            JsonNode chapter = chapters.get("chapters").get(i);
            assertEquals(expected.title(), chapter.get("tags").get("title").asText());
            double start = Double.parseDouble(chapter.get("start_time").asText());
            assertEquals(timeline.seconds(expected.startSample()), start, 0.030, expected.title());
        }
        // The folder "in" names nothing, so the episode takes its opening heading's title.
        assertEquals("Opening", chapters.get("format").get("tags").get("title").asText());
    }

    @Test
    void anEditReEncodesOnlyItsOwnSectionsPartAndTheFileIsTheSameAsMadeAfresh() throws Exception {
        Path in = input();
        Path cache = dir.resolve("cache");
        render(in, dir.resolve("out"), 2, cache);
        assertTrue(progress.stream().anyMatch(line -> line.contains("3 parts, 0 from the cache")), progress.toString());
        // A longer first sentence moves the two sections after it.
        Files.writeString(in.resolve("1-one.txt"), "Heading Opening\nThe first section now speaks a good while longer.\n");
        progress.clear();
        RenderResult edited = render(in, dir.resolve("out"), 2, cache);
        assertTrue(progress.stream().anyMatch(line -> line.contains("3 parts, 2 from the cache")), progress.toString());
        long grid = dev.recast.audio.Mp3Joins.sectionGrid(16_000);
        for (SectionSpan section : edited.timeline().sections()) {
            assertEquals(0, section.startSample() % grid, section.title() + " starts on the grid");
        }

        render(in, dir.resolve("fresh"), 2, null);
        assertArrayEquals(Files.readAllBytes(dir.resolve("fresh/episode.mp3")),
                Files.readAllBytes(dir.resolve("out/episode.mp3")));
    }

    @Test
    void aDamagedPartInTheCacheIsEncodedAgain() throws Exception {
        Path in = input();
        Path cache = dir.resolve("cache");
        render(in, dir.resolve("out"), 1, cache);
        List<Path> parts;
        try (var files = Files.walk(cache)) {
            parts = files.filter(f -> f.toString().endsWith(".bytes")).filter(f -> !isPng(f)).toList();
        }
        assertEquals(3, parts.size());
        byte[] damaged = Files.readAllBytes(parts.get(0));
        damaged[damaged.length / 2] ^= 0x10;
        Files.write(parts.get(0), damaged);
        progress.clear();
        render(in, dir.resolve("again"), 1, cache);
        assertTrue(progress.stream().anyMatch(line -> line.contains("3 parts, 2 from the cache")), progress.toString());
        assertArrayEquals(Files.readAllBytes(dir.resolve("out/episode.mp3")),
                Files.readAllBytes(dir.resolve("again/episode.mp3")));
    }

    @Test
    void isTheSameFileWhateverTheNumberOfWorkers() throws Exception {
        render(dir.resolve("one"), 1);
        render(dir.resolve("two"), 2);
        render(dir.resolve("four"), 4);
        byte[] one = Files.readAllBytes(dir.resolve("one/episode.mp3"));
        assertArrayEquals(one, Files.readAllBytes(dir.resolve("two/episode.mp3")));
        assertArrayEquals(one, Files.readAllBytes(dir.resolve("four/episode.mp3")));
    }

    @Test
    void theEncodingIsReportedAsAStageOverEveryMp3Sample() throws Exception {
        List<String> stages = new ArrayList<>();
        long[] advanced = {0};
        RenderProgress events = new RenderProgress() {
            @Override
            public void note(String message) {
                progress.add(message);
            }

            @Override
            public void stageStarted(String stage, long samples, int sampleRate) {
                stages.add(stage + " " + samples + " at " + sampleRate);
            }

            @Override
            public void stageAdvanced(long samples) {
                advanced[0] += samples;
            }
        };
        RenderOptions options = RenderOptions.of(input(), dir.resolve("out")).withFormats(Set.of(Format.MP3))
                .withLoudness(OptionalDouble.empty()).withJobs(2);
        RenderResult result = new Render(FakeEngines.tones(), events).run(options);

        long samples = mp3Sample(result.timeline().totalSamples(), result.timeline().format().sampleRate());
        assertEquals(List.of("encoding episode.mp3 " + samples + " at 44100"), stages);
        assertEquals(samples, advanced[0]);
    }

    /** Whether a cache entry holds a PNG (the generated cover, kept beside the MP3's parts). */
    private static boolean isPng(Path entry) {
        try {
            byte[] bytes = Files.readAllBytes(entry);
            byte[] signature = {(byte) 0x89, 'P', 'N', 'G'};
            for (int at = 0; at + signature.length <= Math.min(bytes.length, 64); at++) {
                if (Arrays.equals(bytes, at, at + signature.length, signature, 0, signature.length)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
