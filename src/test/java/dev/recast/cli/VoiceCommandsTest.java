package dev.recast.cli;

import static dev.recast.cli.Run.recast;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.audio.PcmFormat;
import dev.recast.audio.WavFile;
import dev.recast.audio.WavReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code recast voices} and {@code recast say}, and profile errors as the user sees them. */
class VoiceCommandsTest {

    @TempDir
    Path dir;

    @Test
    void aMalformedProfileIsOneLocatedLineAndExitTwo() throws Exception {
        Files.createDirectories(dir.resolve("voices"));
        Path file = dir.resolve("voices/x.json");
        Files.writeString(file, "{ \"voice\": \"kevin16\",\n  \"rate\":\n      0 }\n");
        Run run = recast("voices", "--input", dir.toString());
        assertEquals(2, run.exit(), run.err());
        assertEquals("recast: " + file + ":3:7: \"rate\" must be 40 to 400 words per minute, not 0.0\n", run.err());
        assertEquals("", run.out(), "nothing printed before the error");
    }

    @Test
    void aBadProfileStopsARenderBeforeAnythingIsWritten() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in.resolve("voices"));
        Files.writeString(in.resolve("a.txt"), "Hello.\n");
        Files.writeString(in.resolve("voices/x.json"), "{\n  \"voice\": \"kevin16\",\n  \"pitch\": 1000\n}\n");
        Run run = recast("render", in.toString(), "--voice", "x", "-o", dir.resolve("out").toString());
        assertEquals(2, run.exit(), run.err());
        assertEquals("recast: " + in.resolve("voices/x.json") + ":3:12: \"pitch\" must be 40 to 400 Hz, not 1000.0\n",
                run.err());
        assertTrue(Files.notExists(dir.resolve("out")));
    }

    @Test
    void voicesListsEngineVoicesAndBundledAndLocalProfiles() throws Exception {
        Files.createDirectories(dir.resolve("voices"));
        Files.writeString(dir.resolve("voices/deep.json"), "{\"pitch\": 72, \"rate\": 135}");
        Run run = recast("voices", "--input", dir.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("engine voices: "), run.out());
        assertTrue(run.out().contains("kevin16"), run.out());
        String deep = run.out().lines().filter(l -> l.startsWith("deep ")).findFirst().orElseThrow();
        assertEquals(java.util.List.of("deep", "kevin16", "135", "72", "11", "0.9", dir.resolve("voices/deep.json").toString()),
                java.util.List.of(deep.trim().split("\\s+")));
        for (String bundled : new String[] {"narrator ", "quote ", "heading "}) {
            assertTrue(run.out().lines().anyMatch(l -> l.startsWith(bundled) && l.endsWith("bundled")), run.out());
        }
    }

    @Test
    void sayWritesOneNormalizedUtteranceAtomically() throws Exception {
        Path wav = dir.resolve("hello.wav");
        Run run = recast("say", "Boats, e.g. *three* of them.", "--voice", "quote", "-o", wav.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(wav + "\n", run.out());
        assertTrue(run.err().contains("with voice 'quote'"), run.err());
        assertTrue(run.err().contains("said \"Boats, for example three of them.\""), "normalized: " + run.err());
        WavFile file = WavReader.read(wav);
        assertEquals(PcmFormat.SPEECH_16K, file.format());
        assertTrue(file.frames() > 16000, "over a second of speech");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(java.util.List.of(wav), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void helpListsTheNewCommands() {
        Run help = recast("--help");
        assertTrue(help.out().contains("voices [--input DIR]"), help.out());
        assertTrue(help.out().contains("say \"TEXT\" [--voice PROFILE] [-o FILE]"), help.out());
        assertEquals(2, recast("say").exit());
    }
}
