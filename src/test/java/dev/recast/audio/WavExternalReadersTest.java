package dev.recast.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recast.ExternalTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What real readers make of our files: the same sample count and chapters, to the sample. */
class WavExternalReadersTest {

    private static final PcmFormat FORMAT = PcmFormat.SPEECH_16K;
    private static final long FRAMES = 3 * 16_000 + 7; // not a round number of anything
    private static final List<CuePoint> CUES = List.of(
            new CuePoint(1, 0, "Intro"),
            new CuePoint(2, 16_000, "Café – naïve"),
            new CuePoint(3, 24_001, "Q&A"), // 1.5000625 s: not a whole millisecond
            new CuePoint(4, 40_000, "Outro!"));

    @TempDir
    Path dir;

    @Test
    void ffprobeReportsFormatExactLengthAndChapters() throws IOException {
        ExternalTool ffprobe = ExternalTool.require("ffprobe");
        Path file = writeEpisode();

        JsonNode probe = new ObjectMapper().readTree(ffprobe.run("-v", "error",
                "-show_entries", "stream=sample_rate,channels,duration_ts:format=duration",
                "-show_chapters", "-of", "json", file.toString()));

        JsonNode stream = probe.path("streams").path(0);
        assertEquals("16000", stream.path("sample_rate").asText());
        assertEquals(1, stream.path("channels").asInt());
        assertEquals(FRAMES, stream.path("duration_ts").asLong());
        assertEquals((double) FRAMES / 16_000, probe.path("format").path("duration").asDouble(), 1e-6);

        JsonNode chapters = probe.path("chapters");
        assertEquals(CUES.size(), chapters.size(), chapters::toPrettyString);
        for (int i = 0; i < CUES.size(); i++) {
            CuePoint cue = CUES.get(i);
            JsonNode chapter = chapters.path(i);
            long end = i + 1 < CUES.size() ? CUES.get(i + 1).sampleOffset() : FRAMES;
            // ffmpeg keeps chapters in samples (time base 1/rate); *_time are rounded for display.
            assertEquals("1/16000", chapter.path("time_base").asText());
            assertEquals(cue.id(), chapter.path("id").asInt());
            assertEquals(cue.sampleOffset(), chapter.path("start").asLong());
            assertEquals(end, chapter.path("end").asLong());
            assertEquals(cue.label(), chapter.path("tags").path("title").asText());
            assertEquals((double) cue.sampleOffset() / 16_000, chapter.path("start_time").asDouble(), 1e-6);
        }
    }

    @Test
    void soxAgreesOnFormatAndSampleCount() throws IOException {
        ExternalTool sox = ExternalTool.require("sox");
        Path file = writeEpisode();

        assertEquals(String.valueOf(FRAMES), sox.run("--i", "-s", file.toString()).strip());
        assertEquals("16000", sox.run("--i", "-r", file.toString()).strip());
        assertEquals("1", sox.run("--i", "-c", file.toString()).strip());
        assertEquals("16", sox.run("--i", "-b", file.toString()).strip());
    }

    @Test
    void forcedRf64IsReadByFfprobeAndSoxWithInfoTagsAndChapters() throws IOException {
        ExternalTool ffprobe = ExternalTool.require("ffprobe");
        ExternalTool sox = ExternalTool.require("sox");
        Path file = dir.resolve("rf64.wav");
        Map<String, String> info = new LinkedHashMap<>();
        info.put("INAM", "Café – Ñandú");
        info.put("IART", "Mara Ellison");
        info.put("ICRD", "2024-03-05");
        try (WavWriter wav = WavWriter.open(Files.newOutputStream(file), FORMAT, CUES, info, FRAMES, 0)) {
            wav.writeSilence(FRAMES);
        }

        JsonNode probe = new ObjectMapper().readTree(ffprobe.run("-v", "error",
                "-show_entries", "stream=duration_ts:format=format_name:format_tags", "-show_chapters",
                "-of", "json", file.toString()));

        assertEquals("RF64", new String(Files.readAllBytes(file), 0, 4, StandardCharsets.US_ASCII));
        assertEquals("wav", probe.path("format").path("format_name").asText());
        assertEquals(FRAMES, probe.path("streams").path(0).path("duration_ts").asLong());
        JsonNode tags = probe.path("format").path("tags");
        assertEquals("Café – Ñandú", tags.path("title").asText());
        assertEquals("Mara Ellison", tags.path("artist").asText());
        assertEquals("2024-03-05", tags.path("date").asText());
        JsonNode chapters = probe.path("chapters");
        assertEquals(CUES.size(), chapters.size(), chapters::toPrettyString);
        for (int i = 0; i < CUES.size(); i++) {
            assertEquals(CUES.get(i).sampleOffset(), chapters.path(i).path("start").asLong());
            assertEquals(CUES.get(i).label(), chapters.path(i).path("tags").path("title").asText());
        }
        assertEquals(String.valueOf(FRAMES), sox.run("--i", "-s", file.toString()).strip());
        assertEquals("16000", sox.run("--i", "-r", file.toString()).strip());
    }

    private Path writeEpisode() throws IOException {
        Path file = dir.resolve("episode.wav");
        short[] tone = TestSignal.sine(FORMAT, 440, 16_000);
        try (WavWriter wav = WavWriter.open(Files.newOutputStream(file), FORMAT, CUES, FRAMES)) {
            wav.writeSamples(tone, 0, tone.length);
            wav.writeSilence(8_001);
            wav.writeSamples(tone, 0, tone.length);
            wav.writeSilence(FRAMES - wav.framesWritten());
        }
        return file;
    }
}
