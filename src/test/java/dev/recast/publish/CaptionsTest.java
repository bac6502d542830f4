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
    void webVttHasNumberedCuesOverEachUtterancesSpeechWithItsVoice() {
        // 24 008 samples is 1500.5 ms: halves round up, as everywhere else.
        assertEquals("""
                WEBVTT

                1
                00:00:00.000 --> 00:00:00.750
                Café: the Long Count!

                2
                00:00:01.125 --> 00:00:01.375
                <v Ana>It took 3 years.

                3
                00:00:01.501 --> 00:00:01.875
                <v Bo>“Why?”

                4
                00:00:02.500 --> 00:00:02.750
                Follow-ups
                """, WebVttCaptions.render(TestEpisode.TIMELINE));
    }

    @Test
    void srtNumbersTheSameCuesFromOneWithCommaMillisAndNamesSpeakers() {
        assertEquals("""
                1
                00:00:00,000 --> 00:00:00,750
                Café: the Long Count!

                2
                00:00:01,125 --> 00:00:01,375
                Ana: It took 3 years.

                3
                00:00:01,501 --> 00:00:01,875
                Bo: “Why?”

                4
                00:00:02,500 --> 00:00:02,750
                Follow-ups
                """, SrtCaptions.render(TestEpisode.TIMELINE));
    }

    @Test
    void markupInTextAndSpeakersIsEscapedAndLineBreaksCannotEndACue() {
        Timeline timeline = oneUtterance("a < b && c --> d\n\nnext", "Dr <Who>");
        String vtt = WebVttCaptions.render(timeline);
        assertEquals("WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.000\n"
                + "<v Dr &lt;Who&gt;>a &lt; b &amp;&amp; c --&gt; d next\n", vtt);
        assertEquals("1\n00:00:00,000 --> 00:00:01,000\nDr <Who>: a < b && c --> d next\n",
                SrtCaptions.render(timeline));
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
    void theJsonTranscriptKeepsALongUtteranceAsOneSegmentWithItsExactTimes() throws Exception {
        Timeline timeline = conversation();
        JsonNode segments = new ObjectMapper().readTree(PodcastTranscript.render(timeline)).get("segments");
        assertEquals(timeline.utterances().size(), segments.size());
        assertEquals(timeline.utterances().get(0).utterance().sourceText(), segments.get(0).get("body").asText());
        assertEquals(3.5, segments.get(0).get("endTime").doubleValue());
    }

    @Test
    void aLongUtteranceIsSeveralCuesInsideItsSpeechAndTheNameStartsEachTurnInSrt() {
        Timeline timeline = conversation();
        String vtt = WebVttCaptions.render(timeline);
        String srt = SrtCaptions.render(timeline);
        assertEquals("""
                WEBVTT

                1
                00:00:00.000 --> 00:00:01.690
                <v Ana>The keeper wound the clock every
                Sunday before the first ferry came in,

                2
                00:00:01.690 --> 00:00:03.500
                <v Ana>and on foggy mornings he rang the bell
                by hand until the light came through.

                3
                00:00:04.000 --> 00:00:05.000
                <v Ana>Every one.

                4
                00:00:05.500 --> 00:00:06.000
                Later, the clock stopped.

                5
                00:00:06.500 --> 00:00:07.000
                <v Ana>It did.
                """, vtt);
        assertEquals("""
                1
                00:00:00,000 --> 00:00:01,690
                Ana: The keeper wound the clock every
                Sunday before the first ferry came in,

                2
                00:00:01,690 --> 00:00:03,500
                and on foggy mornings he rang the bell
                by hand until the light came through.

                3
                00:00:04,000 --> 00:00:05,000
                Every one.

                4
                00:00:05,500 --> 00:00:06,000
                Later, the clock stopped.

                5
                00:00:06,500 --> 00:00:07,000
                Ana: It did.
                """, srt);
    }

    @Test
    void ffprobeReadsOnePacketPerCueFromVttAndSrtAndOnePerChapter() throws Exception {
        ExternalTool ffprobe = ExternalTool.require("ffprobe");
        for (Timeline timeline : List.of(TestEpisode.TIMELINE, conversation())) {
            Path vtt = Files.writeString(tempDir.resolve("episode.vtt"), WebVttCaptions.render(timeline),
                    StandardCharsets.UTF_8);
            Path srt = Files.writeString(tempDir.resolve("episode.srt"), SrtCaptions.render(timeline),
                    StandardCharsets.UTF_8);
            Path chapters = Files.writeString(tempDir.resolve("chapters.vtt"), WebVttChapters.render(timeline),
                    StandardCharsets.UTF_8);
            List<CaptionCues.Cue> cues = CaptionCues.of(timeline);
            for (Path captions : List.of(vtt, srt)) {
                JsonNode packets = packets(ffprobe, captions);
                assertEquals(cues.size(), packets.size(), captions.toString());
                for (int i = 0; i < packets.size(); i++) {
                    CaptionCues.Cue cue = cues.get(i);
                    assertEquals(Seconds.at(timeline, cue.startSample()).doubleValue(),
                            packets.get(i).get("pts_time").asDouble(), 1e-9, captions + " cue " + (i + 1));
                    assertEquals(Seconds.between(timeline, cue.startSample(), cue.endSample()).doubleValue(),
                            packets.get(i).get("duration_time").asDouble(), 1e-9, captions + " cue " + (i + 1));
                }
            }
            assertEquals(timeline.chapters().size(), packets(ffprobe, chapters).size());
        }
    }

    /** ffmpeg's WebVTT reader, converting to SubRip: every cue's lines and times as this writer's SRT has them. */
    @Test
    void ffmpegConvertsTheVttToTheSameCuesAsTheSrt() throws Exception {
        ExternalTool ffmpeg = ExternalTool.require("ffmpeg");
        Timeline timeline = conversation();
        Path vtt = Files.writeString(tempDir.resolve("episode.vtt"), WebVttCaptions.render(timeline),
                StandardCharsets.UTF_8);
        String converted = ffmpeg.run("-v", "error", "-i", vtt.toString(), "-f", "srt", "-");
        String ours = SrtCaptions.render(timeline);
        // SubRip has no voices: ffmpeg drops the voice span, ours names the speaker at a turn.
        assertEquals(ours.replace("Ana: ", "").strip(), converted.replace("\r\n", "\n").strip());
    }

    private static JsonNode packets(ExternalTool ffprobe, Path file) throws Exception {
        return new ObjectMapper().readTree(ffprobe.run("-v", "error", "-show_packets", "-of", "json",
                file.toString())).get("packets");
    }

    /** Ana's long sentence, her short one (the same turn), an unnamed narrator's, and Ana again. */
    private static Timeline conversation() {
        String longText = "The keeper wound the clock every Sunday before the first ferry came in, and on "
                + "foggy mornings he rang the bell by hand until the light came through.";
        return new Timeline(TestEpisode.FORMAT, List.of(new SectionSpan(1, "One", "one.txt", 0, 128_000)),
                List.of(placed("01-0001", longText, "Ana", 0, 56_000, 64_000),
                        placed("01-0002", "Every one.", "Ana", 64_000, 80_000, 88_000),
                        placed("01-0003", "Later, the clock stopped.", null, 88_000, 96_000, 104_000),
                        placed("01-0004", "It did.", "Ana", 104_000, 112_000, 128_000)),
                List.of(new Chapter("One", 1, 0)), 128_000);
    }

    private static Placed placed(String id, String text, String speaker, long start, long speechEnd, long end) {
        return new Placed(new Utterance(id, 1, Role.NARRATION, text, text, speaker, Pause.SENTENCE), start, speechEnd,
                end);
    }

    private static Timeline oneUtterance(String text, String speaker) {
        return new Timeline(TestEpisode.FORMAT, List.of(new SectionSpan(1, "One", "one.txt", 0, 20_000)),
                List.of(new Placed(new Utterance("01-0001", 1, Role.NARRATION, text, "spoken", speaker,
                        Pause.SECTION), 0, 16_000, 20_000)),
                List.of(new Chapter("One", 1, 0)), 20_000);
    }
}
