package dev.recast.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recast.ExternalTool;
import dev.recast.episode.Chapter;
import dev.recast.episode.Placed;
import dev.recast.episode.SectionSpan;
import dev.recast.episode.Timeline;
import dev.recast.segment.Pause;
import dev.recast.segment.Role;
import dev.recast.segment.Utterance;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Captions, the chapters track and the JSON transcript: the same utterance times, to the millisecond. */
class CaptionsTest {

    @TempDir
    Path tempDir;

    @Test
    void webVttHasACuePerUtteranceWithItsIdSpeechTimesAndVoice() {
        // 24 008 samples is 1500.5 ms: halves round up, as everywhere else.
        assertEquals("""
                WEBVTT

                01-0001
                00:00:00.000 --> 00:00:00.750
                Café: the Long Count!

                01-0002
                00:00:01.125 --> 00:00:01.375
                <v Ana>It took 3 years.

                02-0001
                00:00:01.501 --> 00:00:01.875
                <v Bo>“Why?”

                02-0002
                00:00:02.500 --> 00:00:02.750
                Follow-ups
                """, WebVttCaptions.render(TestEpisode.TIMELINE));
    }

    @Test
    void srtNumbersTheSameCuesFromOneWithCommaMillis() {
        assertEquals("""
                1
                00:00:00,000 --> 00:00:00,750
                Café: the Long Count!

                2
                00:00:01,125 --> 00:00:01,375
                It took 3 years.

                3
                00:00:01,501 --> 00:00:01,875
                “Why?”

                4
                00:00:02,500 --> 00:00:02,750
                Follow-ups
                """, SrtCaptions.render(TestEpisode.TIMELINE));
    }

    @Test
    void markupInTextAndSpeakersIsEscapedAndLineBreaksCannotEndACue() {
        Timeline timeline = oneUtterance("a < b && c --> d\n\nnext", "Dr <Who>");
        String vtt = WebVttCaptions.render(timeline);
        assertEquals("WEBVTT\n\n01-0001\n00:00:00.000 --> 00:00:01.000\n"
                + "<v Dr &lt;Who&gt;>a &lt; b &amp;&amp; c --&gt; d next\n", vtt);
        assertEquals("1\n00:00:00,000 --> 00:00:01,000\na < b && c --> d next\n", SrtCaptions.render(timeline));
    }

    @Test
    void hoursAppearPastTheFirstHour() {
        Timeline timeline = TestEpisode.sections(TestEpisode.FORMAT, 16_000L * 3_725 + 8);
        assertEquals("01:02:05.001", Seconds.clock(timeline, 16_000L * 3_725 + 8, '.'));
        assertEquals("01:02:05,001", Seconds.clock(timeline, 16_000L * 3_725 + 8, ','));
    }

    @Test
    void theChaptersTrackRunsEachChapterToTheNextAndTheLastToTheEnd() {
        assertEquals("""
                WEBVTT

                chapter-1
                00:00:00.000 --> 00:00:01.501
                Café: the Long Count!

                chapter-2
                00:00:01.501 --> 00:00:02.500
                Q&amp;A – naïve questions

                chapter-3
                00:00:02.500 --> 00:00:03.001
                Follow-ups
                """, WebVttChapters.render(TestEpisode.TIMELINE));
    }

    @Test
    void theJsonTranscriptIsPodcasting20SegmentsWithSpeakersWhereKnown() throws Exception {
        JsonNode root = new ObjectMapper().readTree(PodcastTranscript.render(TestEpisode.TIMELINE));
        assertEquals("1.0.0", root.get("version").asText());
        JsonNode segments = root.get("segments");
        assertEquals(4, segments.size());
        JsonNode second = segments.get(1);
        assertEquals("Ana", second.get("speaker").asText());
        assertEquals("1.125", second.get("startTime").decimalValue().toPlainString());
        assertEquals("1.375", second.get("endTime").decimalValue().toPlainString());
        assertEquals("It took 3 years.", second.get("body").asText());
        assertFalse(segments.get(0).has("speaker"), "no speaker is better than a made-up one");
        assertEquals("“Why?”", segments.get(2).get("body").asText());
    }

    @Test
    void ffprobeReadsOnePacketPerUtteranceFromVttAndSrtAndOnePerChapter() throws Exception {
        ExternalTool ffprobe = ExternalTool.require("ffprobe");
        Timeline timeline = TestEpisode.TIMELINE;
        Path vtt = Files.writeString(tempDir.resolve("episode.vtt"), WebVttCaptions.render(timeline),
                StandardCharsets.UTF_8);
        Path srt = Files.writeString(tempDir.resolve("episode.srt"), SrtCaptions.render(timeline),
                StandardCharsets.UTF_8);
        Path chapters = Files.writeString(tempDir.resolve("chapters.vtt"), WebVttChapters.render(timeline),
                StandardCharsets.UTF_8);
        for (Path captions : List.of(vtt, srt)) {
            JsonNode packets = packets(ffprobe, captions);
            assertEquals(timeline.utterances().size(), packets.size(), captions.toString());
            for (int i = 0; i < packets.size(); i++) {
                Placed placed = timeline.utterances().get(i);
                assertEquals(Seconds.at(timeline, placed.startSample()).doubleValue(),
                        packets.get(i).get("pts_time").asDouble(), 1e-9, captions + " cue " + (i + 1));
                assertEquals(Seconds.between(timeline, placed.startSample(), placed.speechEndSample()).doubleValue(),
                        packets.get(i).get("duration_time").asDouble(), 1e-9, captions + " cue " + (i + 1));
            }
        }
        assertEquals(timeline.chapters().size(), packets(ffprobe, chapters).size());
    }

    private static JsonNode packets(ExternalTool ffprobe, Path file) throws Exception {
        return new ObjectMapper().readTree(ffprobe.run("-v", "error", "-show_packets", "-of", "json",
                file.toString())).get("packets");
    }

    private static Timeline oneUtterance(String text, String speaker) {
        return new Timeline(TestEpisode.FORMAT, List.of(new SectionSpan(1, "One", "one.txt", 0, 20_000)),
                List.of(new Placed(new Utterance("01-0001", 1, Role.NARRATION, text, "spoken", speaker,
                        Pause.SECTION), 0, 16_000, 20_000)),
                List.of(new Chapter("One", 1, 0)), 20_000);
    }
}
