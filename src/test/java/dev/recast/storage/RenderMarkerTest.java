package dev.recast.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recast.concurrent.Shutdown;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The marker: one JSON document written and read back whole; a marker of an earlier version still marks the folder. */
class RenderMarkerTest {

    private static final String KEY = "0123456789abcdef".repeat(4);

    @TempDir
    Path dir;

    private Path marker(String text) throws Exception {
        return Files.writeString(dir.resolve(RenderMarker.NAME), text);
    }

    @Test
    void whatARenderLeavesIsReadBackAsItWasWritten() throws Exception {
        RenderMemory memory = new RenderMemory("fp", "Reading\nthe Tides", List.of(
                new RenderMemory.WrittenFile("episode.wav", 1234, "2026-12-06T17:00:00.123456789Z", Optional.of("key e")),
                new RenderMemory.WrittenFile("sections/01.wav", 56, "2026-12-06T17:00:01Z", Optional.empty())),
                RenderMemory.Gain.of(-16, 9.85), Optional.of(KEY));

        RenderMarker read = RenderMarker.read(marker(RenderMarker.write(memory)));

        assertEquals(Optional.of(memory), read.memory());
        assertEquals(List.of("episode.wav", "sections/01.wav", RenderMarker.NAME), read.files());
    }

    @Test
    void itIsOneJsonDocumentNamingWhatItHolds() throws Exception {
        String written = RenderMarker.write(new RenderMemory("fp", "T", List.of(
                new RenderMemory.WrittenFile("a.txt", 1, "2026-12-06T17:00:00Z", Optional.empty())),
                Optional.empty(), Optional.empty()));

        JsonNode json = new ObjectMapper().readTree(written);
        assertEquals("fp", json.get("fingerprint").asText());
        assertEquals("a.txt", json.get("files").get(0).get("name").asText());
        assertTrue(json.path("gain").isMissingNode() && json.path("readings").isMissingNode(), written);
        assertTrue(written.endsWith("}\n"), written);
    }

    @Test
    void aMarkerOfTheLineFormatListsItsFilesAndRemembersNothing() throws Exception {
        RenderMarker read = RenderMarker.read(marker("""
                # Written by recast; lists the files of the last render.
                #render 9eeca1e2
                #title Reading the Tides
                #content b04e0af2 episode.wav
                #stamp 4506108 2026-12-06T17:45:50.787296819Z episode.wav
                #gain -16.0 9.85
                episode.wav
                sections/01-one.wav
                .recast-output
                """));

        assertEquals(List.of("episode.wav", "sections/01-one.wav", RenderMarker.NAME), read.files());
        assertEquals(Optional.empty(), read.memory());
    }

    @Test
    void aMarkerThatDoesNotParseRemembersNothing() throws Exception {
        for (String broken : List.of("{\"fingerprint\": ", "{\"fingerprint\": \"fp\"}",
                "{\"fingerprint\": \"fp\", \"title\": \"T\", \"files\": [{\"name\": \"../../x\", \"size\": 1, \"modified\": \"m\"}]}",
                "{\"fingerprint\": \"fp\", \"title\": \"T\", \"files\": [], \"readings\": \"../../elsewhere\"}")) {
            RenderMarker read = RenderMarker.read(marker(broken));
            assertEquals(Optional.empty(), read.memory(), broken);
            assertEquals(List.of(RenderMarker.NAME), read.files(), broken);
        }
    }

    @Test
    void aGainThatIsNoNumberIsNotRemembered() {
        assertEquals(Optional.empty(), RenderMemory.Gain.of(-16, Double.POSITIVE_INFINITY));
        assertEquals(Optional.empty(), RenderMemory.Gain.of(Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> new RenderMemory.Gain(-16, Double.NaN));
    }

    @Test
    void theMemoryAnswersForTheSameFingerprintFilesInPlaceAndTarget() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "a");
        RenderMemory memory = new RenderMemory("fp", "T",
                List.of(RenderMemory.WrittenFile.at(file, "a.txt", Optional.of("key a"))),
                RenderMemory.Gain.of(-16, 2.5), Optional.empty());

        assertEquals(Optional.of("T"), memory.titleIf("fp", dir));
        assertEquals(Optional.empty(), memory.titleIf("other", dir));
        assertTrue(memory.wroteUnchanged("a.txt", "key a", dir));
        assertFalse(memory.wroteUnchanged("a.txt", "key b", dir));
        assertEquals(OptionalDouble.of(2.5), memory.gainDbFor(-16));
        assertEquals(OptionalDouble.empty(), memory.gainDbFor(-19));

        Files.writeString(file, "edited");
        assertEquals(Optional.empty(), memory.titleIf("fp", dir));
        assertFalse(memory.wroteUnchanged("a.txt", "key a", dir));
    }

    @Test
    void aFolderRenderedWithTheLineFormatIsClaimedAsRecastsOwnWithoutForce() throws Exception {
        // The layout of the last version: the marker a link into the current generation, in lines.
        Path out = dir.resolve("out");
        Path generation = Files.createDirectories(out.resolve(".recast/gen-1-a"));
        Files.writeString(generation.resolve("episode.wav"), "old episode");
        Files.writeString(generation.resolve(RenderMarker.NAME), """
                # Written by recast; lists the files of the last render.
                #render fp
                #title T
                episode.wav
                .recast-output
                """);
        Files.createSymbolicLink(out.resolve(".recast/current"), Path.of("gen-1-a"));
        for (String name : List.of("episode.wav", RenderMarker.NAME)) {
            Files.createSymbolicLink(out.resolve(name), Path.of(".recast", "current", name));
        }

        try (OutputDirectory again = OutputDirectory.claim(out, false, note -> { }, Shutdown.manual())) {
            assertEquals(Optional.empty(), again.lastRenderIf("fp"), "its memory is not read: rendered whole");
            assertEquals(2, again.lastRenderFiles());
            again.stage("episode.wav", "new episode");
            again.commit("fp", "T");
        }
        assertEquals("new episode", Files.readString(out.resolve("episode.wav")));
        assertTrue(RenderMarker.read(out.resolve(RenderMarker.NAME)).memory().isPresent());
    }
}
