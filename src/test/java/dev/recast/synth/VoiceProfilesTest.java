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
        VoiceProfile narrator = in().find("narrator");
        assertEquals("narrator", narrator.name());
        assertEquals("kevin16", narrator.voice());
        assertTrue(narrator.rate() > 0 && narrator.volume() > 0 && narrator.volume() <= 1);
    }

    @Test
    void aFolderProfileOverridesTheBundledOneAndMissingFieldsTakeDefaults() throws Exception {
        Files.writeString(dir.resolve("narrator.json"), "{\"rate\": 180}");
        VoiceProfile narrator = in(dir).find("narrator");
        assertEquals(180, narrator.rate());
        assertEquals(VoiceProfile.DEFAULT_PITCH, narrator.pitch());
        assertEquals(FreeTtsEngine.DEFAULT_VOICE, narrator.voice());
    }

    @Test
    void aJsonPathIsReadAsGiven() throws Exception {
        Path file = dir.resolve("slow.json");
        Files.writeString(file, "{\"voice\": \"kevin\", \"rate\": 110, \"pitch\": 90, \"pitchRange\": 5, \"volume\": 0.5}");
        VoiceProfile slow = in().find(file.toString());
        assertEquals(new VoiceProfile("slow", "kevin", 110, 90, 5, 0.5), slow);
    }

    @Test
    void anUnknownProfileNamesTheKnownOnes() throws Exception {
        Files.writeString(dir.resolve("deep.json"), "{}");
        RecastException e = assertThrows(RecastException.class, () -> in(dir).find("nope"));
        assertEquals(RecastException.Kind.INPUT, e.kind());
        assertEquals("unknown voice profile 'nope' (known: deep, heading, narrator, quote)", e.getMessage());
    }

    @Test
    void malformedJsonIsLocated() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\n  \"rate\": 150,\n  \"pitch\": ,\n}\n");
        RecastException e = assertThrows(RecastException.class, () -> in(dir).find("bad"));
        assertTrue(e.location().startsWith(file + ":3:"), e.location());
    }

    @Test
    void anUnknownFieldIsLocated() throws Exception {
        Path file = dir.resolve("typo.json");
        Files.writeString(file, "{\n  \"rate\": 150,\n  \"pich\": 90\n}\n");
        RecastException e = assertThrows(RecastException.class, () -> in(dir).find("typo"));
        assertTrue(e.location().startsWith(file + ":3:"), e.location());
        assertTrue(e.getMessage().contains("pich"), e.getMessage());
    }

    @Test
    void anEngineOrVoiceThereIsNoneOfIsLocatedAndWhatThereIsNamed() throws Exception {
        assertLocated("{\n  \"engine\": \"foo\"\n}\n", ":2:13", "\"engine\" must be one of freetts, not \"foo\"");
        assertLocated("{\"voice\": \"alan\"}", ":1:11", "\"voice\" must be one of kevin, kevin16, not \"alan\"");
    }

    private void assertLocated(String json, String at, String message) throws Exception {
        Path file = dir.resolve("x.json");
        Files.writeString(file, json);
        RecastException e = assertThrows(RecastException.class, () -> in(dir).find("x"));
        assertEquals(file + at, e.location());
        assertEquals(message, e.getMessage());
    }

    @Test
    void aProfileNamesItsEngineAndTakesThatEnginesVoiceAndRanges() throws Exception {
        Files.writeString(dir.resolve("tone.json"), "{\"engine\": \"fake\", \"rate\": 1000}");
        VoiceProfile tone = new VoiceProfiles(List.of(dir), new Engines(List.of(new FreeTtsEngine(), new ToneEngine())))
                .find("tone");
        assertEquals(List.of(ToneEngine.NAME, ToneEngine.VOICE, 1000.0), List.of(tone.engine(), tone.voice(),
                tone.rate()));
        assertEquals(VoiceProfile.DEFAULT_ENGINE, in().find("narrator").engine());
    }

    @Test
    void outOfRangeValuesSayWhatIsAllowed() throws Exception {
        Files.writeString(dir.resolve("loud.json"), "{\"volume\": 3}");
        RecastException e = assertThrows(RecastException.class, () -> in(dir).find("loud"));
        assertEquals("\"volume\" must be 0 to 1, not 3.0", e.getMessage());
    }

    @Test
    void aSemanticErrorIsLocatedAtTheFieldsValue() throws Exception {
        Path file = dir.resolve("zero.json");
        Files.writeString(file, "{\n  \"voice\": \"kevin16\",\n  \"rate\": 0\n}\n");
        RecastException e = assertThrows(RecastException.class, () -> in(dir).find("zero"));
        assertEquals(file + ":3:11", e.location());
        assertEquals("\"rate\" must be 40 to 400 words per minute, not 0.0", e.getMessage());
    }

    @Test
    void pausesDefaultAndABadPauseIsLocatedInsideItsObject() throws Exception {
        assertEquals(dev.recast.segment.Pauses.DEFAULTS, in().find("quote").pauses());
        Files.writeString(dir.resolve("p.json"), "{\"pauses\": {\"sentence\": 600}}");
        assertEquals(600, in(dir).find("p").pauses().sentenceMillis());
        Path file = dir.resolve("neg.json");
        Files.writeString(file, "{\n \"pauses\": {\"sentence\": 600,\n   \"clause\": -5}}");
        RecastException e = assertThrows(RecastException.class, () -> in(dir).find("neg"));
        assertEquals(file + ":3:14", e.location(), e.getMessage());
        assertTrue(e.getMessage().contains("\"clause\" must be 0 to 10000 ms"), e.getMessage());
    }

    @Test
    void theBundledQuoteAndHeadingSoundUnlikeTheNarrator() throws Exception {
        VoiceProfiles bundled = in();
        VoiceProfile narrator = bundled.find("narrator");
        VoiceProfile quote = bundled.find("quote");
        assertTrue(Math.abs(quote.pitch() / narrator.pitch() - 1) >= 0.2, "quote pitch " + quote.pitch());
        assertTrue(quote.rate() < narrator.rate());
        assertTrue(bundled.find("heading").rate() < narrator.rate());
    }

    /** The profiles in {@code folders}, then the bundled ones, of the engines Recast ships with. */
    private static VoiceProfiles in(Path... folders) {
        return new VoiceProfiles(List.of(folders), Engines.standard());
    }
}
