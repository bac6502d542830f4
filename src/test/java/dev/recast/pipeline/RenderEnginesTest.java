package dev.recast.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.recast.episode.Placed;
import dev.recast.ingest.LexiconReader;
import dev.recast.publish.Format;
import dev.recast.segment.Lexicon;
import dev.recast.segment.Pauses;
import dev.recast.synth.Engines;
import dev.recast.synth.FakeSynthesizer;
import dev.recast.synth.FreeTtsEngine;
import dev.recast.synth.ToneEngine;
import dev.recast.synth.UtteranceCache;
import dev.recast.synth.VoiceProfile;
import dev.recast.synth.VoiceProfiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A profile's {@code "engine"} chooses who speaks it, from the engines the render is given. */
class RenderEnginesTest {

    @TempDir
    Path dir;

    @Test
    void aNarratorNamingASecondEngineIsSaidByItAndItsClipsAreKeptApartFromFreeTts() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in.resolve("voices"));
        Files.writeString(in.resolve("voices/narrator.json"), "{\"engine\": \"" + ToneEngine.NAME + "\"}");
        Files.writeString(in.resolve("1.txt"), "The tide turns.\n");
        Path cache = dir.resolve("cache");
        // Registered beside FreeTTS as the CLI registers FreeTTS: nothing else knows of it.
        Engines engines = new Engines(List.of(new FreeTtsEngine(), new ToneEngine()));

        RenderResult result = new Render(engines, line -> { }).run(RenderOptions.of(in, dir.resolve("out"))
                .withFormats(Set.of(Format.WAV)).withCache(Optional.of(cache)));

        Placed said = result.timeline().utterances().get(0);
        assertEquals(FakeSynthesizer.lengthOf("The tide turns."), said.speechEndSample() - said.startSample(),
                "the tone engine's clip, not FreeTTS's");
        VoiceProfile toned = new VoiceProfile(VoiceProfiles.NARRATOR, ToneEngine.NAME, ToneEngine.VOICE,
                VoiceProfile.DEFAULT_RATE, VoiceProfile.DEFAULT_PITCH, VoiceProfile.DEFAULT_PITCH_RANGE,
                VoiceProfile.DEFAULT_VOLUME, Pauses.DEFAULTS);
        VoiceProfile freeTts = new VoiceProfile(VoiceProfiles.NARRATOR, ToneEngine.VOICE, VoiceProfile.DEFAULT_RATE,
                VoiceProfile.DEFAULT_PITCH, VoiceProfile.DEFAULT_PITCH_RANGE, VoiceProfile.DEFAULT_VOLUME);
        Lexicon lexicon = LexiconReader.forInput(Optional.of(in));
        String text = said.utterance().spokenText();
        String tonedKey = UtteranceCache.key(text, engines.soundKey(toned), lexicon.soundKeyFor(text));
        String freeTtsKey = UtteranceCache.key(text, engines.soundKey(freeTts), lexicon.soundKeyFor(text));
        assertNotEquals(tonedKey, freeTtsKey);
        UtteranceCache store = new UtteranceCache(cache);
        assertNotNull(store.read(tonedKey), "the clip is kept under the tone engine's key");
        assertNull(store.read(freeTtsKey));
    }
}
