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
        VoiceProfile narrator = new VoiceProfiles(List.of(), Engines.standard()).find("narrator");
        assertEquals("narrator", narrator.name());
        assertEquals("kevin16", narrator.voice());
        assertTrue(narrator.rate() > 0 && narrator.volume() > 0 && narrator.volume() <= 1);
    }

    @Test
    void aFolderProfileOverridesTheBundledOneAndMissingFieldsTakeDefaults() throws Exception {
        Files.writeString(dir.resolve("narrator.json"), "{\"rate\": 180}");
        VoiceProfile narrator = new VoiceProfiles(List.of(dir), Engines.standard()).find("narrator");
        assertEquals(180, narrator.rate());
        assertEquals(VoiceProfile.DEFAULT_PITCH, narrator.pitch());
        assertEquals(FreeTtsEngine.DEFAULT_VOICE, narrator.voice());
    }

    @Test
    void aJsonPathIsReadAsGiven() throws Exception {
        Path file = dir.resolve("slow.json");
        Files.writeString(file, "{\"voice\": \"kevin\", \"rate\": 110, \"pitch\": 90, \"pitchRange\": 5, \"volume\": 0.5}");
        VoiceProfile slow = new VoiceProfiles(List.of(), Engines.standard()).find(file.toString());
        assertEquals(new VoiceProfile("slow", "kevin", 110, 90, 5, 0.5), slow);
    }

    @Test
    void anUnknownProfileNamesTheKnownOnes() throws Exception {
        Files.writeString(dir.resolve("deep.json"), "{}");
        RecastException e = assertThrows(RecastException.class, () -> new VoiceProfiles(List.of(dir), Engines.standard()).find("nope"));
        assertEquals(RecastException.Kind.INPUT, e.kind());
        assertEquals("unknown voice profile 'nope' (known: deep, heading, narrator, quote)", e.getMessage());
    }

    @Test
    void malformedJsonIsLocated() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\n  \"rate\": 150,\n  \"pitch\": ,\n}\n");
        RecastException e = assertThrows(RecastException.class, () -> new VoiceProfiles(List.of(dir), Engines.standard()).find("bad"));
        assertTrue(e.location().startsWith(file + ":3:"), e.location());
    }

    @Test
    void anUnknownFieldIsLocated() throws Exception {
        Path file = dir.resolve("typo.json");
        Files.writeString(file, "{\n  \"rate\": 150,\n  \"pich\": 90\n}\n");
        RecastException e = assertThrows(RecastException.class, () -> new VoiceProfiles(List.of(dir), Engines.standard()).find("typo"));
        assertTrue(e.location().startsWith(file + ":3:"), e.location());
        assertTrue(e.getMessage().contains("pich"), e.getMessage());
    }

    @Test
    void anUnknownEngineIsLocatedAndTheKnownOnesNamed() throws Exception {
        Path file = dir.resolve("x.json");
        Files.writeString(file, "{\n  \"engine\": \"foo\"\n}\n");
        RecastException e = assertThrows(RecastException.class, () -> new VoiceProfiles(List.of(dir),
                Engines.standard()).find("x"));
        assertEquals(file + ":2:13", e.location());
        assertEquals("\"engine\" must be one of freetts, not \"foo\"", e.getMessage());
    }

    @Test
    void aProfileNamesItsEngineAndTakesThatEnginesVoiceAndRanges() throws Exception {
        Files.writeString(dir.resolve("tone.json"), "{\"engine\": \"fake\", \"rate\": 1000}");
        VoiceProfile tone = new VoiceProfiles(List.of(dir), Engines.standard().with(new ToneEngine())).find("tone");
        assertEquals(List.of(ToneEngine.NAME, ToneEngine.VOICE, 1000.0), List.of(tone.engine(), tone.voice(),
                tone.rate()));
        assertEquals(VoiceProfile.DEFAULT_ENGINE, new VoiceProfiles(List.of(), Engines.standard()).find("narrator")
                .engine());
    }

    @Test
    void aVoiceTheEngineLacksIsLocated() throws Exception {
        Path file = dir.resolve("alan.json");
        Files.writeString(file, "{\"voice\": \"alan\"}");
        RecastException e = assertThrows(RecastException.class, () -> new VoiceProfiles(List.of(dir),
                Engines.standard()).find("alan"));
        assertEquals(file + ":1:11", e.location());
        assertEquals("\"voice\" must be one of kevin, kevin16, not \"alan\"", e.getMessage());
    }

    @Test
    void outOfRangeValuesSayWhatIsAllowed() throws Exception {
        Files.writeString(dir.resolve("loud.json"), "{\"volume\": 3}");
        RecastException e = assertThrows(RecastException.class, () -> new VoiceProfiles(List.of(dir), Engines.standard()).find("loud"));
        assertEquals("\"volume\" must be 0 to 1, not 3.0", e.getMessage());
    }

    @Test
    void aSemanticErrorIsLocatedAtTheFieldsValue() throws Exception {
        Path file = dir.resolve("zero.json");
        Files.writeString(file, "{\n  \"voice\": \"kevin16\",\n  \"rate\": 0\n}\n");
        RecastException e = assertThrows(RecastException.class, () -> new VoiceProfiles(List.of(dir), Engines.standard()).find("zero"));
        assertEquals(file + ":3:11", e.location());
        assertEquals("\"rate\" must be 40 to 400 words per minute, not 0.0", e.getMessage());
    }

    @Test
    void pausesDefaultAndABadPauseIsLocatedInsideItsObject() throws Exception {
        assertEquals(dev.recast.segment.Pauses.DEFAULTS, new VoiceProfiles(List.of(), Engines.standard()).find("quote").pauses());
        Files.writeString(dir.resolve("p.json"), "{\"pauses\": {\"sentence\": 600}}");
        assertEquals(600, new VoiceProfiles(List.of(dir), Engines.standard()).find("p").pauses().sentenceMillis());
        Path file = dir.resolve("neg.json");
        Files.writeString(file, "{\n \"pauses\": {\"sentence\": 600,\n   \"clause\": -5}}");
        RecastException e = assertThrows(RecastException.class, () -> new VoiceProfiles(List.of(dir), Engines.standard()).find("neg"));
        assertEquals(file + ":3:14", e.location(), e.getMessage());
        assertTrue(e.getMessage().contains("\"clause\" must be 0 to 10000 ms"), e.getMessage());
    }

    @Test
    void theBundledQuoteAndHeadingSoundUnlikeTheNarrator() throws Exception {
        VoiceProfiles bundled = new VoiceProfiles(List.of(), Engines.standard());
        VoiceProfile narrator = bundled.find("narrator");
        VoiceProfile quote = bundled.find("quote");
        assertTrue(Math.abs(quote.pitch() / narrator.pitch() - 1) >= 0.2, "quote pitch " + quote.pitch());
        assertTrue(quote.rate() < narrator.rate());
        assertTrue(bundled.find("heading").rate() < narrator.rate());
    }
}
