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
        assertEquals("unknown voice profile 'nope' (known: deep, heading, narrator, quote)", e.getMessage());
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

    @Test
    void aSemanticErrorIsLocatedAtTheFieldsValue() throws Exception {
        Path file = dir.resolve("zero.json");
        Files.writeString(file, "{\n  \"voice\": \"kevin16\",\n  \"rate\": 0\n}\n");
        RecastException e = assertThrows(RecastException.class, () -> new VoiceProfiles(List.of(dir)).find("zero"));
        assertEquals(file + ":3:11", e.location());
        assertEquals("\"rate\" must be 40 to 400 words per minute, not 0.0", e.getMessage());
    }

    @Test
    void pausesDefaultAndABadPauseIsLocatedInsideItsObject() throws Exception {
        assertEquals(dev.recast.segment.Pauses.DEFAULTS, new VoiceProfiles(List.of()).find("quote").pauses());
        Files.writeString(dir.resolve("p.json"), "{\"pauses\": {\"sentence\": 600}}");
        assertEquals(600, new VoiceProfiles(List.of(dir)).find("p").pauses().sentenceMillis());
        Path file = dir.resolve("neg.json");
        Files.writeString(file, "{\n \"pauses\": {\"sentence\": 600,\n   \"clause\": -5}}");
        RecastException e = assertThrows(RecastException.class, () -> new VoiceProfiles(List.of(dir)).find("neg"));
        assertEquals(file + ":3:14", e.location(), e.getMessage());
        assertTrue(e.getMessage().contains("\"clause\" must be 0 to 10000 ms"), e.getMessage());
    }

    @Test
    void theBundledQuoteAndHeadingSoundUnlikeTheNarrator() throws Exception {
        VoiceProfiles bundled = new VoiceProfiles(List.of());
        VoiceProfile narrator = bundled.find("narrator");
        VoiceProfile quote = bundled.find("quote");
        assertTrue(Math.abs(quote.pitch() / narrator.pitch() - 1) >= 0.2, "quote pitch " + quote.pitch());
        assertTrue(quote.rate() < narrator.rate());
        assertTrue(bundled.find("heading").rate() < narrator.rate());
    }
}
