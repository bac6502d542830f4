package dev.recast.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recast.ExternalTool;
import dev.recast.RecastException;
import dev.recast.pipeline.Render;
import dev.recast.pipeline.RenderOptions;
import dev.recast.publish.Format;
import dev.recast.synth.FakeEngines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** episode.m4b: every chapter where render.json puts it, both chapter kinds, the same bytes twice. */
class M4bExportTest {

    @TempDir
    Path dir;

    private final List<String> progress = new ArrayList<>();
    private final Render render = new Render(FakeEngines.tones(), progress::add);

    private Path input() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("1-opening.txt"), """
                Heading The Start; with = signs # and a backslash \\ here
                First sentence here. A second one follows it.
                Subheading.
                A smaller part.
                """);
        Files.writeString(in.resolve("2-middle.txt"), "The middle has one line.\n");
        Files.writeString(in.resolve("3-end.txt"), """
                Heading Conclusion
                That is all.
                """);
        return in;
    }

    private RenderOptions options(Path out, Set<Format> formats) throws IOException {
        return RenderOptions.of(input(), out).withFormats(formats).withJobs(1);
    }

    @Test
    void everyChapterWithItsTitleAndStart() throws Exception {
        ExternalTool ffprobe = ExternalTool.require("ffprobe");
        Path out = dir.resolve("out");
        render.run(options(out, EnumSet.of(Format.M4B, Format.WAV)));
        Path m4b = out.resolve("episode.m4b");
        JsonNode probed = new ObjectMapper().readTree(ffprobe.run("-v", "error", "-show_chapters", "-show_format",
                "-of", "json", m4b.toString()));
        JsonNode expected = new ObjectMapper().readTree(out.resolve("render.json").toFile()).path("chapters");
        JsonNode chapters = probed.path("chapters");
        assertTrue(expected.size() >= 3, expected::toString);
        assertEquals(expected.size(), chapters.size(), chapters::toString);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.path(i).path("title").asText(), chapters.path(i).path("tags").path("title").asText());
            assertEquals(expected.path(i).path("startSeconds").asDouble(),
                    chapters.path(i).path("start_time").asDouble(), 0.030, "start of chapter " + i);
        }
        assertTrue(expected.path(0).path("title").asText().contains("= signs #"), expected::toString);
        JsonNode format = probed.path("format");
        assertEquals("aac", new ObjectMapper().readTree(ffprobe.run("-v", "error", "-show_streams", "-of", "json",
                m4b.toString())).path("streams").path(0).path("codec_name").asText());
        assertEquals("Podcast", format.path("tags").path("genre").asText());

        // Both chapter kinds: a QuickTime chapter track (referenced by a 'chap' track reference) and Nero's 'chpl'.
        String bytes = new String(Files.readAllBytes(m4b), StandardCharsets.ISO_8859_1);
        assertTrue(bytes.contains("chpl"), "Nero chapters");
        assertTrue(bytes.contains("chap") && bytes.contains("tref"), "QuickTime chapter track");
        assertTrue(bytes.startsWith("ftypM4B ", 4), "M4B brand");
    }

    @Test
    void twoRendersGiveTheSameBytesWithOrWithoutTheWav() throws Exception {
        ExternalTool.require("ffmpeg");
        render.run(options(dir.resolve("a"), EnumSet.of(Format.M4B, Format.WAV)));
        render.run(options(dir.resolve("b"), EnumSet.of(Format.M4B, Format.WAV)));
        render.run(options(dir.resolve("c"), EnumSet.of(Format.M4B)));
        byte[] first = Files.readAllBytes(dir.resolve("a/episode.m4b"));
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("b/episode.m4b")));
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("c/episode.m4b")));
        assertFalse(Files.exists(dir.resolve("c/episode.wav")));
        // ffmpeg's input and output were scratch files beside the outputs, and are gone.
        try (Stream<Path> files = Files.list(dir.resolve("c"))) {
            assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(name -> name.endsWith(".tmp"))
                    .toList());
        }
    }

    @Test
    void missingFfmpegIsAnEnvironmentErrorBeforeAnyWork() throws Exception {
        Render withoutFfmpeg = new Render(FakeEngines.opening((voice, lexicon) -> {
            throw new AssertionError("synthesis started without ffmpeg");
        }), progress::add, dir.resolve("no-such-ffmpeg").toString());
        Path out = dir.resolve("out");
        RecastException e = assertThrows(RecastException.class,
                () -> withoutFfmpeg.run(options(out, EnumSet.of(Format.M4B))));
        assertEquals(RecastException.Kind.ENVIRONMENT, e.kind());
        assertEquals("ffmpeg is needed for --format m4b; install it (Debian: apt-get install ffmpeg)", e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void ffmpegFailingNamesItsLastLine() throws Exception {
        Path fake = dir.resolve("ffmpeg");
        Files.writeString(fake, "#!/bin/sh\n[ \"$1\" = -version ] && exit 0\necho first >&2\necho 'Encoder aac broke' >&2\nexit 1\n");
        assertTrue(fake.toFile().setExecutable(true));
        Render failing = new Render(FakeEngines.tones(), progress::add, fake.toString());
        Path out = dir.resolve("out");
        RecastException e = assertThrows(RecastException.class,
                () -> failing.run(options(out, EnumSet.of(Format.M4B))));
        assertEquals(RecastException.Kind.FAILURE, e.kind());
        assertEquals("ffmpeg failed (exit 1): Encoder aac broke", e.getMessage());
        assertFalse(Files.exists(out.resolve("episode.m4b")));
    }

    @Test
    void metadataEscapesWhatFfmetadataReserves() {
        assertEquals("a\\=b\\;c\\#d\\\\e\\\nf", M4bExport.escape("a=b;c#d\\e\nf"));
    }
}
