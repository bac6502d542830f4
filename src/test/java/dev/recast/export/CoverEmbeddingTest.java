package dev.recast.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recast.ExternalTool;
import dev.recast.pipeline.Render;
import dev.recast.pipeline.RenderOptions;
import dev.recast.publish.Format;
import dev.recast.synth.FakeEngines;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The show's cover as real readers find it: in the MP3, in the M4B, and beside the feed and page. */
class CoverEmbeddingTest {

    private static final Path NODE_READERS = Path.of("src/test/node");

    @TempDir
    Path dir;

    private final List<String> progress = new ArrayList<>();

    private Path render(Set<Format> formats) throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("1-one.txt"), "Heading Opening\nThe first section speaks a while.\n");
        Files.writeString(in.resolve("2-two.txt"), "Heading Closing\nThe second one ends it.\n");
        Path out = dir.resolve("out-" + formats.size());
        new Render(FakeEngines.tones(), progress::add).run(RenderOptions.of(in, out).withFormats(formats).withJobs(1));
        return out;
    }

    private static JsonNode probe(ExternalTool ffprobe, Path file) throws Exception {
        return new ObjectMapper().readTree(ffprobe.run("-v", "error", "-show_streams", "-show_chapters", "-of",
                "json", file.toString()));
    }

    /** The stream ffprobe shows for an attached picture: a video stream of the cover's size, marked so. */
    private static void assertCoverStream(JsonNode probed) {
        for (JsonNode stream : probed.path("streams")) {
            if (stream.path("disposition").path("attached_pic").asInt() == 1) {
                assertEquals("video", stream.path("codec_type").asText());
                assertEquals("png", stream.path("codec_name").asText());
                assertEquals(3000, stream.path("width").asInt());
                assertEquals(3000, stream.path("height").asInt());
                return;
            }
        }
        fail("no attached picture: " + probed);
    }

    @Test
    void theMp3AndTheM4bCarryTheCoverWrittenBesideTheFeed() throws Exception {
        ExternalTool ffprobe = ExternalTool.require("ffprobe");
        ExternalTool.require("ffmpeg");
        Path out = render(EnumSet.of(Format.MP3, Format.M4B, Format.FEED));
        byte[] cover = Files.readAllBytes(out.resolve("cover.png"));

        JsonNode mp3 = probe(ffprobe, out.resolve("episode.mp3"));
        assertCoverStream(mp3);
        assertEquals(2, mp3.path("chapters").size(), mp3::toString);
        JsonNode m4b = probe(ffprobe, out.resolve("episode.m4b"));
        assertCoverStream(m4b);
        assertEquals(2, m4b.path("chapters").size(), m4b::toString);
        // The M4B's picture is the cover's own bytes, copied into the covr atom.
        byte[] m4bBytes = Files.readAllBytes(out.resolve("episode.m4b"));
        String atoms = new String(m4bBytes, StandardCharsets.ISO_8859_1);
        int covr = atoms.indexOf("covr");
        assertTrue(covr > 0, "a covr atom");
        assertEquals(new String(cover, StandardCharsets.ISO_8859_1),
                atoms.substring(covr + 20, covr + 20 + cover.length));
    }

    @Test
    void musicMetadataReadsTheMp3sFrontCover() throws Exception {
        ExternalTool node = ExternalTool.require("node");
        if (!Files.isDirectory(NODE_READERS.resolve("node_modules/music-metadata"))) {
            String missing = "music-metadata is not installed (cd src/test/node && npm ci)";
            if ("1".equals(System.getenv("RECAST_REQUIRE_TOOLS"))) {
                fail(missing + " and RECAST_REQUIRE_TOOLS=1");
            }
            Assumptions.abort(missing + "; skipping (set RECAST_REQUIRE_TOOLS=1 to fail instead)");
        }
        Path out = render(EnumSet.of(Format.MP3, Format.PAGE, Format.WAV));
        long coverSize = Files.size(out.resolve("cover.png"));
        JsonNode pictures = new ObjectMapper().readTree(node.run(NODE_READERS.resolve("pictures.mjs").toString(),
                out.resolve("episode.mp3").toAbsolutePath().toString()));
        assertEquals(1, pictures.size(), pictures::toString);
        assertEquals("image/png", pictures.path(0).path("format").asText());
        assertEquals("Cover (front)", pictures.path(0).path("type").asText());
        assertEquals("", pictures.path(0).path("description").asText());
        assertEquals(coverSize, pictures.path(0).path("length").asLong());
    }

    @Test
    void theCoverFileGoesWithTheFeedAndThePageOnly() throws Exception {
        Path out = render(EnumSet.of(Format.MP3, Format.CHAPTERS));
        assertFalse(Files.exists(out.resolve("cover.png")));
        assertTrue(Files.exists(out.resolve("episode.mp3")));
    }
}
