package dev.recast.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.RecastException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VoiceProfilesTest {

    @TempDir
    Path dir;

    @Test
    void theBundledNarratorIsKevin16() throws Exception {
        VoiceProfile narrator = new VoiceProfiles(List.of()).find("narrator");
        assertEquals("narrator", narrator.name());
        assertEquals("kevin16", narrator.voice());
        assertTrue(narrator.rate() > 0 && narrator.volume() > 0 && narrator.volume() <= 1);
    }

    @Test
    void aFolderProfileOverridesTheBundledOneAndMissingFieldsTakeDefaults() throws Exception {
        Files.writeString(dir.resolve("narrator.json"), "{\"rate\": 180}");
        VoiceProfile narrator = new VoiceProfiles(List.of(dir)).find("narrator");
        assertEquals(180, narrator.rate());
        assertEquals(VoiceProfile.DEFAULT_PITCH, narrator.pitch());
        assertEquals(VoiceProfile.DEFAULT_VOICE, narrator.voice());
    }

    @Test
    void aJsonPathIsReadAsGiven() throws Exception {
        Path file = dir.resolve("slow.json");
        Files.writeString(file, "{\"voice\": \"kevin\", \"rate\": 110, \"pitch\": 90, \"pitchRange\": 5, \"volume\": 0.5}");
        VoiceProfile slow = new VoiceProfiles(List.of()).find(file.toString());
        assertEquals(new VoiceProfile("slow", "kevin", 110, 90, 5, 0.5), slow);
    }

    @Test
    void anUnknownProfileNamesTheKnownOnes() throws Exception {
        Files.writeString(dir.resolve("deep.json"), "{}");
        RecastException e = assertThrows(RecastException.class, () -> new VoiceProfiles(List.of(dir)).find("nope"));
        assertEquals(RecastException.Kind.INPUT, e.kind());
        assertEquals("unknown voice profile 'nope' (known: deep, narrator)", e.getMessage());
    }

    @Test
    void malformedJsonIsLocated() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\n  \"rate\": 150,\n  \"pitch\": ,\n}\n");
        RecastException e = assertThrows(RecastException.class, () -> new VoiceProfiles(List.of(dir)).find("bad"));
        assertTrue(e.location().startsWith(file + ":3:"), e.location());
    }

    @Test
    void anUnknownFieldIsLocated() throws Exception {
        Path file = dir.resolve("typo.json");
        Files.writeString(file, "{\n  \"rate\": 150,\n  \"pich\": 90\n}\n");
        RecastException e = assertThrows(RecastException.class, () -> new VoiceProfiles(List.of(dir)).find("typo"));
        assertTrue(e.location().startsWith(file + ":3:"), e.location());
        assertTrue(e.getMessage().contains("pich"), e.getMessage());
    }

    @Test
    void outOfRangeValuesSayWhatIsAllowed() throws Exception {
        Files.writeString(dir.resolve("loud.json"), "{\"volume\": 3}");
        RecastException e = assertThrows(RecastException.class, () -> new VoiceProfiles(List.of(dir)).find("loud"));
        assertEquals("\"volume\" must be 0 to 1, not 3.0", e.getMessage());
    }
}
