package dev.recast.cli;

import static dev.recast.cli.Run.recast;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recast.ExternalTool;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands run in-process, as a user types them, with the real FreeTTS engine. */
class MainTest {

    @TempDir
    Path dir;

    @Test
    void helpListsRenderAndItsOptions() {
        Run help = recast("--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("render [INPUT] [-o DIR] [--voice PROFILE] [--force]"), help.out());
        Run renderHelp = recast("render", "--help");
        assertEquals(0, renderHelp.exit());
        for (String option : new String[] {"--output", "--voice", "--force"}) {
            assertTrue(renderHelp.out().contains(option), renderHelp.out());
        }
    }

    @Test
    void versionComesFromTheBuild() {
        Run version = recast("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().matches("recast \\d+\\.\\d+\\.\\d+.*\\n"), version.out());
    }

    @Test
    void rendersTheBundledExampleWithTheRealEngine() throws Exception {
        Path out = dir.resolve("example");
        Run run = recast("render", "-o", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(out + "\n", run.out());
        assertTrue(run.err().contains("rendered \"Reading the Tides\": 3 sections, 6 chapters"), run.err());
        JsonNode report = new ObjectMapper().readTree(out.resolve("render.json").toFile());
        double seconds = report.get("durationSeconds").asDouble();
        assertTrue(seconds > 60 && seconds < 300, "two minutes or so of speech, not " + seconds);

        ExternalTool ffprobe = ExternalTool.require("ffprobe");
        JsonNode probed = new ObjectMapper().readTree(ffprobe.run("-v", "error", "-show_entries",
                "stream=codec_name,sample_rate,channels,duration_ts", "-show_chapters", "-of", "json",
                out.resolve("episode.wav").toString()));
        JsonNode stream = probed.get("streams").get(0);
        assertEquals("pcm_s16le", stream.get("codec_name").asText());
        assertEquals("16000", stream.get("sample_rate").asText());
        assertEquals(report.get("totalSamples").asLong(), stream.get("duration_ts").asLong());
        assertEquals("Why the tide is not one wave", probed.get("chapters").get(1).get("tags").get("title").asText());
    }

    @Test
    void aMissingInputIsOneLineAndExitTwo() {
        Path missing = dir.resolve("nowhere");
        Run run = recast("render", missing.toString(), "-o", dir.resolve("out").toString());
        assertEquals(2, run.exit());
        assertEquals("recast: " + missing + ": input does not exist\n", run.err());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void aFolderWithoutSectionsIsOneLineAndExitTwo() throws Exception {
        Run run = recast("render", dir.toString(), "-o", dir.resolve("../elsewhere-" + dir.getFileName()).toString());
        assertEquals(2, run.exit());
        assertEquals("recast: " + dir + ": no sections: the directory has no *.txt, *.md, *.vtt or *.srt files\n", run.err());
    }

    @Test
    void anUnknownVoiceIsOneLineAndExitTwo() {
        Run run = recast("render", "--voice", "whisper", "-o", dir.resolve("out").toString());
        assertEquals(2, run.exit());
        assertEquals("recast: unknown voice profile 'whisper' (known: heading, narrator, quote)\n", run.err());
    }

    @Test
    void aFolderRecastDidNotWriteIsRefusedWithoutAStackTrace() throws Exception {
        Files.writeString(dir.resolve("keep.txt"), "mine");
        Run run = recast("render", "-o", dir.toString());
        assertEquals(2, run.exit());
        assertEquals("recast: " + dir + ": output directory is not empty and was not written by recast"
                + " (use --force to write into it)\n", run.err());
        assertEquals("mine", Files.readString(dir.resolve("keep.txt")));
    }

    @Test
    void debugAddsTheStackTrace() {
        Run run = recast("render", dir.resolve("nowhere").toString(), "--debug");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("\tat dev.recast."), run.err());
    }

    @Test
    void badUsageIsExitTwo() {
        assertEquals(2, recast("frobnicate").exit());
        assertEquals(2, recast("render", "--nope").exit());
        assertEquals(2, recast("render", "a", "b").exit());
        assertEquals("recast: unknown command 'frobnicate' (try recast --help)\n", recast("frobnicate").err());
    }
}
