package dev.recast.pipeline;

import static dev.recast.pipeline.RenderedFiles.assertSameFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recast.ExternalTool;
import dev.recast.episode.Placed;
import dev.recast.episode.Timeline;
import dev.recast.publish.Format;
import dev.recast.segment.Utterance;
import dev.recast.synth.Clip;
import dev.recast.synth.FakeEngines;
import dev.recast.synth.FakeSynthesizer;
import dev.recast.synth.Synthesizer;
import dev.recast.synth.VoiceProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --timing source} end to end, with a fake voice whose speech gets shorter as its rate goes up. */
class SourceTimingRenderTest {

    /** The narrator's rate, at which the fake says 10 ms a character. */
    private static final double NARRATOR_RATE = 150;
    /** A sentence of 2.6 s at the narrator's rate: 1.9 s even at the most speed-up. */
    private static final String LONG = "The keeper wound the clock every Sunday before the first ferry came in and on foggy mornings he rang the"
                + " bell by hand until the light came through the fog and the boats that waited outside the harbour"
                + " wall could find their way home again.";

    @TempDir
    Path dir;

    private final List<String> said = Collections.synchronizedList(new ArrayList<>());
    private final List<String> notes = Collections.synchronizedList(new ArrayList<>());

    private Render render() {
        return new Render(FakeEngines.opening((voice, lexicon) -> new Synthesizer() {
            @Override
            public Clip synthesize(Utterance u, VoiceProfile profile) {
                said.add(u.spokenText());
                short[] tone = new FakeSynthesizer().synthesize(u).samples();
                int length = (int) Math.round(tone.length * NARRATOR_RATE / profile.rate());
                return new Clip(u, FakeSynthesizer.FORMAT, java.util.Arrays.copyOf(tone, length));
            }

            @Override
            public void close() {
            }
        }), notes::add);
    }

    /** Source timing, unlevelled, the WAV alone: render.json and the timeline are what most tests read. */
    private RenderOptions options(Path in, Path out) {
        return RenderOptions.of(in, out).withLoudness(OptionalDouble.empty()).withJobs(2)
                .withTiming(RenderOptions.Timing.SOURCE).withFormats(Set.of(Format.WAV));
    }

    private static String time(long millis) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", millis / 3_600_000, millis / 60_000 % 60,
                millis / 1000 % 60, millis % 1000);
    }

    private static String cue(long start, long end, String text) {
        return time(start) + " --> " + time(end) + "\n" + text + "\n\n";
    }

    /** Sixty short cues with gaps of all sizes, and one sentence too long for its cue. */
    private static String withGaps() {
        StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
        Random random = new Random(29);
        long at = 1000;
        String[] words = {"fog", "bell", "keeper", "ferry", "lamp", "harbour", "tide", "rope"};
        for (int i = 0; i < 60; i++) {
            long length = 1500 + random.nextInt(1500);
            String text = i == 30
                    ? LONG
                    : "The " + words[i % words.length] + " number " + (i + 1) + " was there.";
            vtt.append(cue(at, at + (i == 30 ? 1000 : length), text));
            at += (i == 30 ? 1000 : length) + random.nextInt(2500);
        }
        return vtt.toString();
    }

    private static JsonNode report(Path out) throws IOException {
        return new ObjectMapper().readTree(Files.readString(out.resolve("render.json")));
    }

    private static double drift(JsonNode utterance) {
        return utterance.get("placedStart").asDouble() - utterance.get("sourceStart").asDouble();
    }

    private static void assertNoOverlap(Timeline timeline) {
        List<Placed> placed = timeline.utterances();
        for (int i = 1; i < placed.size(); i++) {
            assertTrue(placed.get(i).startSample() > placed.get(i - 1).speechEndSample(),
                    placed.get(i).utterance().id() + " overlaps the one before");
        }
    }

    @Test
    void onACaptionFileWithGapsNearlyEveryUtteranceStartsOnTimeAndTheLargestDriftIsReported() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("talk.vtt"), withGaps());
        Path out = dir.resolve("out");
        RenderResult result = render().run(options(in, out));
        assertNoOverlap(result.timeline());

        JsonNode report = report(out);
        JsonNode timing = report.get("timing");
        assertEquals("source", timing.get("mode").asText());
        int timed = 0;
        int onTime = 0;
        double largest = 0;
        String where = null;
        for (JsonNode utterance : report.get("utterances")) {
            timed++;
            double drift = drift(utterance);
            assertTrue(drift >= -0.0005, utterance.get("id") + " starts before its source start");
            if (drift <= 0.050) {
                onTime++;
            }
            if (drift > largest) {
                largest = drift;
                where = utterance.get("id").asText();
            }
        }
        assertEquals(timed, timing.get("timed").asInt());
        assertEquals(onTime, timing.get("onTime").asInt());
        assertTrue(onTime >= 0.95 * timed, onTime + " of " + timed + " on time");
        assertTrue(largest > 0, "the long sentence pushes the next one");
        assertEquals(largest, timing.get("largestDrift").get("seconds").asDouble(), 0.001);
        assertEquals(where, timing.get("largestDrift").get("utterance").asText());
        String summary = "timing source: " + onTime + " of " + timed + " timed utterances";
        assertTrue(notes.stream().anyMatch(n -> n.startsWith(summary)), notes.toString());
    }

    @Test
    void speechThatCannotFitIsSaidAtTheLimitPushesTheNextLaterAndTheDriftIsRecoveredInTheNextLongGap()
            throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("talk.vtt"), "WEBVTT\n\n"
                + cue(0, 1000, LONG)
                + cue(1100, 2000, "Then the bell.")
                + cue(2100, 3000, "Then the lamp.")
                + cue(10_000, 11_000, "Much later, the tide."));
        Path out = dir.resolve("out");
        RenderResult result = render().run(options(in, out));
        assertNoOverlap(result.timeline());

        // The long sentence is said in clauses, its cue's time spread over them by words.
        List<JsonNode> utterances = new ArrayList<>();
        report(out).get("utterances").forEach(utterances::add);
        int bell = indexOf(utterances, "Then the bell.");
        JsonNode lastClause = utterances.get(bell - 1);
        assertEquals(1.35, lastClause.get("speedup").asDouble(), 1e-9, "the rate raised to the limit");
        assertFalse(utterances.get(bell).has("speedup"));
        assertEquals(0, drift(utterances.get(0)), 1e-9);
        assertTrue(drift(utterances.get(bell)) > 0.3, "pushed later");
        assertTrue(drift(utterances.get(indexOf(utterances, "Then the lamp."))) > 0, "still pushed");
        assertEquals(0, drift(utterances.get(indexOf(utterances, "Much later, the tide."))), 1e-9,
                "back on time after the long gap");
        JsonNode timing = report(out).get("timing");
        int spedUp = timing.get("spedUp").asInt();
        assertTrue(spedUp >= 1);
        assertEquals(1.35, timing.get("largestSpeedup").asDouble(), 1e-9);
        // Each said once at the narrator's rate, the sped-up ones once more, faster.
        assertEquals(utterances.size() + spedUp, said.size(), said.toString());
    }

    private static int indexOf(List<JsonNode> utterances, String text) {
        for (int i = 0; i < utterances.size(); i++) {
            if (utterances.get(i).get("sourceText").asText().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no utterance says " + text);
    }

    @Test
    void chaptersAndCaptionCuesAsReadByFfprobeAgreeWithThePlacedStarts() throws Exception {
        ExternalTool ffprobe = ExternalTool.require("ffprobe");
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("1-one.vtt"), "WEBVTT\n\n" + cue(500, 1500, "First words.")
                + cue(4000, 5000, "Second words.") + cue(9000, 9800, "Third words."));
        Files.writeString(in.resolve("2-two.vtt"), "WEBVTT\n\n" + cue(0, 1000, "Again from zero.")
                + cue(6000, 7000, "And later."));
        Path out = dir.resolve("out");
        render().run(options(in, out).withFormats(Set.of(Format.MP3, Format.CAPTIONS)));
        JsonNode report = report(out);
        List<Double> placed = new ArrayList<>();
        report.get("utterances").forEach(u -> placed.add(u.get("placedStart").asDouble()));

        JsonNode chapters = new ObjectMapper().readTree(ffprobe.run("-v", "error", "-show_chapters", "-of", "json",
                out.resolve("episode.mp3").toString())).get("chapters");
        assertEquals(2, chapters.size());
        assertEquals(0, chapters.get(0).get("start_time").asDouble(), 1e-9);
        assertEquals(placed.get(3), chapters.get(1).get("start_time").asDouble(), 0.0015,
                "the second file's chapter starts with its first cue");

        JsonNode packets = new ObjectMapper().readTree(ffprobe.run("-v", "error", "-show_packets", "-of", "json",
                out.resolve("episode.vtt").toString())).get("packets");
        assertEquals(placed.size(), packets.size());
        for (int i = 0; i < packets.size(); i++) {
            assertEquals(placed.get(i), packets.get(i).get("pts_time").asDouble(), 0.0015, "cue " + (i + 1));
        }
    }

    @Test
    void theSameInputGivesTheSameBytesAndAnEditSynthesizesOnlyWhatChanged() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("talk.vtt"), withGaps());
        Path cache = dir.resolve("cache");
        // Levelled as by default: the meter walks the silence before a section's first utterance.
        render().run(options(in, dir.resolve("a")).withCache(Optional.of(cache)).withFormats(Format.DEFAULTS)
                .withLoudness(OptionalDouble.of(RenderOptions.DEFAULT_LOUDNESS)));
        render().run(options(in, dir.resolve("b")).withFormats(Format.DEFAULTS)
                .withLoudness(OptionalDouble.of(RenderOptions.DEFAULT_LOUDNESS)));
        assertSameFiles(dir.resolve("a"), dir.resolve("b"));

        said.clear();
        Files.writeString(in.resolve("talk.vtt"), withGaps().replace("The tide number 7 was there.",
                "The tide number seven was there."));
        RenderResult edited = render().run(options(in, dir.resolve("a")).withCache(Optional.of(cache))
                .withFormats(Format.DEFAULTS).withLoudness(OptionalDouble.of(RenderOptions.DEFAULT_LOUDNESS)));
        assertEquals(List.of("The tide number seven was there."), said);
        assertEquals(edited.timeline().utterances().size() - 1, edited.cacheHits());
    }

    @Test
    void plainTextKeepsTheNaturalLayoutWithOneNote() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("1-one.txt"), "One sentence. Two sentences.\n");
        RenderOptions natural = RenderOptions.of(in, dir.resolve("natural")).withLoudness(OptionalDouble.empty())
                .withJobs(2);
        Timeline expected = render().run(natural).timeline();
        notes.clear();
        Timeline source = render().run(options(in, dir.resolve("source"))).timeline();
        assertEquals(expected.utterances(), source.utterances());
        assertEquals(1, notes.stream().filter(n -> n.contains("no source times")).count(), notes.toString());
        assertTrue(report(dir.resolve("source")).get("timing").get("mode").asText().equals("natural"));
    }

    @Test
    void theManifestMayAskForSourceTimingAndTheCommandLineWins() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("talk.vtt"), "WEBVTT\n\n" + cue(3000, 4000, "Late words."));
        Files.writeString(in.resolve("episode.json"), "{ \"timing\": \"source\" }");
        RenderOptions manifest = RenderOptions.of(in, dir.resolve("m")).withLoudness(OptionalDouble.empty());
        assertEquals(3000 * 16, render().run(manifest).timeline().utterances().get(0).startSample());
        Timeline natural = render().run(manifest.withOutput(dir.resolve("n")).withTiming(RenderOptions.Timing.NATURAL))
                .timeline();
        assertEquals(0, natural.utterances().get(0).startSample());
    }
}
