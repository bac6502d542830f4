package dev.recast.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recast.ExternalTool;
import dev.recast.RecastException;
import dev.recast.SharedTranscripts;
import dev.recast.audio.CuePoint;
import dev.recast.audio.WavFile;
import dev.recast.audio.WavReader;
import dev.recast.publish.EpisodeFiles;
import dev.recast.publish.Format;
import dev.recast.synth.Clip;
import dev.recast.synth.FakeEngines;
import dev.recast.synth.FakeSynthesizer;
import dev.recast.synth.SynthesisException;
import dev.recast.synth.Synthesizer;
import dev.recast.synth.VoiceProfile;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline on small inputs written here, with the fake synthesizer for exact audio. */
class RenderTest {

    @TempDir
    Path dir;

    private final List<String> progress = new ArrayList<>();
    private final Render render = new Render(FakeEngines.tones(), progress::add);

    private Path input() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("1-opening.txt"), """
                Jo Writer
                Podcast Appearances
                Heading The Start
                First sentence here. A second one, e.g. with an abbreviation.
                There's an image here.
                A caption under the picture.
                Source.
                Subheading.
                A smaller part.
                She said, Quote Heading Not a chapter Asterisk asterisk bold asterisk asterisk words. End quote
                """);
        Files.writeString(in.resolve("2-middle.txt"), "Jo Writer\r\nPodcast Appearances\r\nThe middle has one line.\r\n");
        Files.writeString(in.resolve("10-end.txt"), """
                Jo Writer
                Podcast Appearances
                Heading Conclusion
                That is all.
                """);
        return in;
    }

    private static JsonNode json(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void rendersAChapteredEpisodeWhoseFilesAgreeToTheSample() throws Exception {
        Path out = dir.resolve("out");
        RenderResult result = render.run(RenderOptions.of(input(), out));
        JsonNode report = json(out.resolve("render.json"));

        long total = report.get("totalSamples").asLong();
        assertEquals(result.timeline().totalSamples(), total);
        WavFile episode = WavReader.read(out.resolve("episode.wav"));
        assertEquals(total, episode.frames());
        assertEquals(16000, episode.format().sampleRate());

        List<String> titles = new ArrayList<>();
        List<Long> starts = new ArrayList<>();
        report.get("chapters").forEach(c -> {
            titles.add(c.get("title").asText());
            starts.add(c.get("startSample").asLong());
        });
        assertEquals(List.of("The Start", "A smaller part", "Middle", "Conclusion"), titles);
        assertEquals(titles, episode.cues().stream().map(CuePoint::label).toList());
        assertEquals(starts, episode.cues().stream().map(CuePoint::sampleOffset).toList());

        long sectionSum = 0;
        for (JsonNode section : report.get("sections")) {
            WavFile wav = WavReader.read(out.resolve(section.get("file").asText()));
            long length = section.get("endSample").asLong() - section.get("startSample").asLong();
            assertEquals(length, wav.frames(), section.get("file").asText());
            sectionSum += length;
        }
        assertEquals(total, sectionSum, "section files laid end to end are the episode");

        List<String> spoken = new ArrayList<>();
        report.get("utterances").forEach(u -> spoken.add(u.get("spokenText").asText()));
        String all = String.join(" ", spoken);
        for (String junk : List.of("Jo Writer", "Podcast Appearances", "image here", "Source", "Subheading",
                "Asterisk", "asterisk", "Quote", "quote")) {
            assertFalse(all.contains(junk), "spoken: " + junk);
        }
        assertTrue(all.contains("Not a chapter bold words."), all);
        assertTrue(all.contains("for example"), all);
    }

    @Test
    void thePlaylistNamesExistingFilesWhoseLengthsAddUpToTheEpisode() throws Exception {
        Path out = dir.resolve("out");
        render.run(RenderOptions.of(input(), out));
        List<String> lines = Files.readAllLines(out.resolve("episode.m3u8"), StandardCharsets.UTF_8);
        assertEquals("#EXTM3U", lines.get(0));
        BigDecimal sum = BigDecimal.ZERO;
        int entries = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("#EXTINF:")) {
                String seconds = lines.get(i).substring("#EXTINF:".length(), lines.get(i).indexOf(','));
                sum = sum.add(new BigDecimal(seconds));
                assertTrue(Files.isRegularFile(out.resolve(lines.get(i + 1))), lines.get(i + 1));
                entries++;
            }
        }
        assertEquals(3, entries);
        JsonNode report = json(out.resolve("render.json"));
        assertEquals(0, report.get("durationSeconds").decimalValue().compareTo(sum),
                report.get("durationSeconds") + " vs " + sum);
    }

    @Test
    void chaptersJsonIsPodcasting20WithTheTimelinesTimes() throws Exception {
        Path out = dir.resolve("out");
        render.run(RenderOptions.of(input(), out));
        JsonNode chapters = json(out.resolve("chapters.json"));
        JsonNode report = json(out.resolve("render.json"));
        assertEquals("1.2.0", chapters.get("version").asText());
        assertEquals(report.get("chapters").size(), chapters.get("chapters").size());
        for (int i = 0; i < chapters.get("chapters").size(); i++) {
            JsonNode published = chapters.get("chapters").get(i);
            JsonNode timeline = report.get("chapters").get(i);
            assertEquals(timeline.get("title").asText(), published.get("title").asText());
            double exact = timeline.get("startSample").asLong() / 16000.0;
            assertEquals(exact, published.get("startTime").asDouble(), 0.0005);
        }
    }

    @Test
    void ffprobeReadsTheEpisodeAndSectionsToTheSampleWithEveryChapter() throws Exception {
        ExternalTool ffprobe = ExternalTool.require("ffprobe");
        Path out = dir.resolve("out");
        render.run(RenderOptions.of(input(), out));
        JsonNode report = json(out.resolve("render.json"));
        ObjectMapper mapper = new ObjectMapper();

        JsonNode probed = mapper.readTree(ffprobe.run("-v", "error", "-show_entries", "stream=duration_ts,sample_rate",
                "-show_chapters", "-of", "json", out.resolve("episode.wav").toString()));
        assertEquals(report.get("totalSamples").asLong(), probed.get("streams").get(0).get("duration_ts").asLong());
        JsonNode chapters = probed.get("chapters");
        assertEquals(report.get("chapters").size(), chapters.size());
        for (int i = 0; i < chapters.size(); i++) {
            assertEquals(report.get("chapters").get(i).get("startSample").asLong(), chapters.get(i).get("start").asLong());
            assertEquals(report.get("chapters").get(i).get("title").asText(),
                    chapters.get(i).get("tags").get("title").asText());
        }
        for (JsonNode section : report.get("sections")) {
            JsonNode stream = mapper.readTree(ffprobe.run("-v", "error", "-show_entries", "stream=duration_ts",
                    "-of", "json", out.resolve(section.get("file").asText()).toString())).get("streams").get(0);
            assertEquals(section.get("endSample").asLong() - section.get("startSample").asLong(),
                    stream.get("duration_ts").asLong());
        }
    }

    @Test
    void refusesAFolderItDidNotWriteUnlessForced() throws Exception {
        Path in = input();
        Path out = dir.resolve("mine");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "my notes");
        RecastException e = assertThrows(RecastException.class,
                () -> render.run(RenderOptions.of(in, out)));
        assertEquals(RecastException.Kind.INPUT, e.kind());
        assertTrue(e.getMessage().startsWith("output directory is not empty and was not written by recast"));
        assertEquals(List.of(out.resolve("notes.txt")), files(out));

        render.run(RenderOptions.of(in, out).withForce(true));
        assertTrue(Files.isRegularFile(out.resolve("episode.wav")));
        assertEquals("my notes", Files.readString(out.resolve("notes.txt")), "--force replaces only its own files");
    }

    @Test
    void reRenderingReplacesItsOwnFolderAndItsStaleFiles() throws Exception {
        Path in = input();
        Path out = dir.resolve("out");
        render.run(RenderOptions.of(in, out));
        assertTrue(Files.exists(out.resolve("sections/02-middle.wav")));
        Files.delete(in.resolve("2-middle.txt"));
        render.run(RenderOptions.of(in, out));
        assertFalse(Files.exists(out.resolve("sections/02-middle.wav")), "a section gone from the input is gone");
        assertEquals(2, json(out.resolve("render.json")).get("sections").size());
        try (Stream<Path> walk = Files.walk(out)) {
            assertEquals(List.of(), walk.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    @Test
    void aFailedRenderLeavesNothingAtAFinalPath() throws Exception {
        Path out = dir.resolve("out");
        Render failing = new Render(FakeEngines.opening((voice, lexicon) -> new Synthesizer() {
            private int calls;

            @Override
            public Clip synthesize(dev.recast.segment.Utterance u, VoiceProfile profile) throws SynthesisException {
                if (++calls == 3) {
                    throw new SynthesisException(RecastException.Kind.FAILURE, u.id(), "engine broke", null);
                }
                return new FakeSynthesizer().synthesize(u);
            }

            @Override
            public void close() {
            }
        }), progress::add);
        assertThrows(SynthesisException.class, () -> failing.run(RenderOptions.of(input(), out)));
        assertFalse(Files.exists(out.resolve("episode.wav")));
        assertFalse(Files.exists(out), "a failed first render leaves no folder behind");
    }

    @Test
    void aCapitalizedWordInTheInputsLexiconIsSaidAsAWordAndItsLexiconIsNoSection() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("1-ships.txt"), "The AIS and the GPS agreed.\n");
        Files.writeString(in.resolve("lexicon.txt"), "AIS  EY1 AY1 EH1 S\n");
        Path out = dir.resolve("out");
        render.run(RenderOptions.of(in, out));
        JsonNode report = json(out.resolve("render.json"));
        assertEquals(1, report.get("sections").size());
        assertEquals("The AIS and the G P S agreed.", report.get("utterances").get(0).get("spokenText").asText());
    }

    @Test
    void utterancesFromCaptionsCarryTheirSourceTimeIntoRenderJsonAndPlainTextNone() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("1-talk.vtt"), """
                WEBVTT

                00:01:02.500 --> 00:01:04.000
                The tide came in.

                00:01:04.200 --> 00:01:06.000
                Then it went out.
                """);
        Files.writeString(in.resolve("2-notes.txt"), "The keeper wrote it down.\n");
        Path out = dir.resolve("out");
        render.run(RenderOptions.of(in, out));
        String text = Files.readString(out.resolve("render.json"));
        JsonNode utterances = json(out.resolve("render.json")).get("utterances");

        assertEquals("The tide came in.", utterances.get(0).get("sourceText").asText());
        assertTrue(text.contains("\"sourceStart\": 62.500,\n      \"sourceEnd\": 64.000,"), text);
        assertEquals(64.2, utterances.get(1).get("sourceStart").asDouble());
        assertEquals(66.0, utterances.get(1).get("sourceEnd").asDouble());
        assertEquals("The keeper wrote it down.", utterances.get(2).get("sourceText").asText());
        assertFalse(utterances.get(2).has("sourceStart"));
        JsonNode sections = json(out.resolve("render.json")).get("sections");
        JsonNode paragraphs = sections.get(0).get("paragraphs");
        assertEquals(1, paragraphs.size(), "the two cues make one paragraph");
        assertEquals(4, paragraphs.get(0).get("line").asInt());
        assertEquals(62.5, paragraphs.get(0).get("sourceStart").asDouble());
        assertEquals(66.0, paragraphs.get(0).get("sourceEnd").asDouble());
        assertEquals(0, sections.get(1).get("paragraphs").size(), "plain text has no source times");
    }

    @Test
    void aSectionWithNothingToSayIsSkippedAndItsRemovalsStillReported() throws Exception {
        Path in = input();
        Files.writeString(in.resolve("3-only-an-image.txt"), "There's an image here.\n");
        Path out = dir.resolve("out");
        render.run(RenderOptions.of(in, out));
        JsonNode report = json(out.resolve("render.json"));
        assertEquals(3, report.get("sections").size());
        JsonNode skipped = report.get("skippedSections");
        assertEquals(1, skipped.size());
        assertEquals("3-only-an-image.txt", skipped.get(0).get("source").asText());
        assertEquals("image_note", skipped.get(0).get("removals").get(0).get("reason").asText());
        assertTrue(progress.stream().anyMatch(p -> p.contains("3-only-an-image.txt has nothing to say")), progress.toString());
    }

    @Test
    void theDefaultRenderWritesEveryTextOutputAndTheFeedMeasuresTheStagedMp3() throws Exception {
        Path out = dir.resolve("out");
        render.run(RenderOptions.of(input(), out).withBaseUrl("https://example.com/ep").withJobs(1));
        for (String name : List.of(EpisodeFiles.PLS_PLAYLIST, EpisodeFiles.XSPF_PLAYLIST, EpisodeFiles.CUE_SHEET,
                EpisodeFiles.CHAPTERS_VTT, EpisodeFiles.CAPTIONS_VTT, EpisodeFiles.CAPTIONS_SRT,
                EpisodeFiles.TRANSCRIPT, EpisodeFiles.FEED)) {
            assertTrue(Files.isRegularFile(out.resolve(name)), name);
        }
        String feed = Files.readString(out.resolve(EpisodeFiles.FEED), StandardCharsets.UTF_8);
        long mp3Bytes = Files.size(out.resolve(EpisodeFiles.EPISODE_MP3));
        String expected = "<enclosure url=\"https://example.com/ep/episode.mp3\" length=\"" + mp3Bytes
                + "\" type=\"audio/mpeg\"/>";
        assertTrue(feed.contains(expected), feed);
        int utterances = json(out.resolve("render.json")).get("utterances").size();
        JsonNode transcript = json(out.resolve(EpisodeFiles.TRANSCRIPT));
        assertEquals(utterances, transcript.get("segments").size());
    }

    @Test
    void playlistsOrAFeedWithoutAnAudioFormatAreAUsageError() throws Exception {
        Path out = dir.resolve("out");
        for (String formats : List.of("playlists", "feed,captions")) {
            RecastException e = assertThrows(RecastException.class, () -> render.run(RenderOptions.of(input(), out)
                    .withFormats(Format.parse(formats)).withJobs(1)));
            assertEquals(RecastException.Kind.INPUT, e.kind());
            assertTrue(e.getMessage().contains("add wav or mp3 to --format"), e.getMessage());
        }
        assertFalse(Files.exists(out));
    }

    @Test
    void theOutputCannotLieInsideTheInput() throws Exception {
        Path in = input();
        RecastException e = assertThrows(RecastException.class,
                () -> render.run(RenderOptions.of(in, in.resolve("episode"))));
        assertEquals("output directory is inside the input directory", e.getMessage());
        assertFalse(Files.exists(in.resolve("episode")));
    }

    @Test
    void anUnknownVoiceProfileIsAnInputError() throws Exception {
        Path in = input();
        RecastException e = assertThrows(RecastException.class,
                () -> render.run(RenderOptions.of(in, dir.resolve("out")).withVoice("whisper")));
        assertEquals(RecastException.Kind.INPUT, e.kind());
        assertTrue(e.getMessage().startsWith("unknown voice profile 'whisper'"), e.getMessage());
    }

    @Test
    void renderingTwiceGivesIdenticalFiles() throws Exception {
        Path in = input();
        render.run(RenderOptions.of(in, dir.resolve("a")));
        render.run(RenderOptions.of(in, dir.resolve("b")));
        Map<String, byte[]> a = RenderedFiles.contents(dir.resolve("a"));
        Map<String, byte[]> b = RenderedFiles.contents(dir.resolve("b"));
        assertEquals(a.keySet(), b.keySet());
        for (String file : a.keySet()) {
            assertArrayEquals(a.get(file), b.get(file), file);
        }
    }

    @Test
    void theSharedTranscriptsSpeakNoPageJunkOrMarkup() throws Exception {
        Path shared = SharedTranscripts.find();
        org.junit.jupiter.api.Assumptions.assumeTrue(shared != null, "../shared/transcripts is not beside the repo");
        Path out = dir.resolve("shared");
        render.run(RenderOptions.of(shared, out));
        JsonNode report = json(out.resolve("render.json"));
        for (JsonNode u : report.get("utterances")) {
            String spoken = u.get("spokenText").asText();
            for (String junk : List.of("Sam Marks", "Appearances", "Subheading", "Heading", "Asterisk", "asterisk",
                    "There's an image here")) {
                assertFalse(spoken.contains(junk), u.get("id").asText() + " speaks '" + junk + "': " + spoken);
            }
        }
    }

    @Test
    void aWorkloadCountsTheInputsCharactersAndIsFreshUntilAFolderHoldsARenderAndACacheKeepsItsParts()
            throws Exception {
        Path in = input();
        Path out = dir.resolve("out");
        long characters = 0;
        for (Path file : files(in)) {
            for (String line : Files.readAllLines(file)) {
                characters += line.length();
            }
        }
        RenderOptions cached = RenderOptions.of(in, out).withJobs(1).withCache(Optional.of(dir.resolve("cache")));
        RenderOptions uncached = RenderOptions.of(in, out);

        assertEquals(new Render.Workload(characters, true), Render.workload(cached));
        render.run(cached);
        assertEquals(new Render.Workload(characters, false), Render.workload(cached));
        assertTrue(Render.workload(uncached).fresh(), "without a cache everything is made again");
        assertTrue(Render.workload(RenderOptions.of(in, dir.resolve("elsewhere")).withJobs(1)
                .withCache(Optional.of(dir.resolve("cache"))))
                .fresh(), "a folder without a render has nothing to keep");
    }
}
