package dev.recast.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.segment.Lexicon;
import dev.recast.segment.Pause;
import dev.recast.segment.Pronunciation;
import dev.recast.segment.Role;
import dev.recast.segment.Utterance;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A lexicon entry reaches FreeTTS in the phones its dictionary uses, and the engine says it. */
class PronunciationLexiconTest {

    @Test
    void cmuPhonesBecomeFreeTtsDictionaryPhones() {
        // As FreeTTS's own dictionary writes "estuary" and "about".
        assertArrayEquals(new String[] {"eh1", "s", "ch", "uw", "eh1", "r", "iy"},
                FreeTtsSynthesizer.enginePhones(new Pronunciation("estuary", List.of("EH1", "S", "CH", "UW0", "EH2", "R", "IY0"))));
        assertArrayEquals(new String[] {"ax", "b", "aw1", "t"},
                FreeTtsSynthesizer.enginePhones(new Pronunciation("about", List.of("AH0", "B", "AW1", "T"))));
    }

    @Test
    void theEngineSaysTheEntrysPhonesInsteadOfItsGuess() throws Exception {
        FreeTtsWords freetts = FreeTtsWords.kevin16();
        String guessed = freetts.phones("Shorji");
        Pronunciation entry = new Pronunciation("Shorji", List.of("SH", "OW1", "G", "IY0"));
        try {
            freetts.addAddendum("shorji", FreeTtsSynthesizer.enginePhones(entry));
            String said = freetts.phones("Shorji");
            assertNotEquals(guessed, said);
            assertEquals("sh ow g iy", said);
        } finally {
            freetts.removeAddendum("shorji");
        }
    }

    @Test
    void openAddsTheLexiconToItsVoice() throws Exception {
        VoiceProfile profile = new VoiceProfile("test", FreeTtsEngine.DEFAULT_VOICE, VoiceProfile.DEFAULT_RATE,
                VoiceProfile.DEFAULT_PITCH, VoiceProfile.DEFAULT_PITCH_RANGE, VoiceProfile.DEFAULT_VOLUME);
        Utterance word = new Utterance("01-0001", 1, Role.NARRATION, "Zorbleckington", "Zorbleckington", null, Pause.SENTENCE);
        Lexicon lexicon = new Lexicon(List.of(new Pronunciation("Zorbleckington", List.of("K", "AE1", "T"))));
        int guessed;
        try (FreeTtsSynthesizer synthesizer = FreeTtsSynthesizer.open(profile.voice())) {
            guessed = synthesizer.synthesize(word, profile).samples().length;
        }
        try (FreeTtsSynthesizer synthesizer = FreeTtsSynthesizer.open(profile.voice(), lexicon)) {
            // "cat" is measured at about half the length of the guessed "zorbleckington".
            int said = synthesizer.synthesize(word, profile).samples().length;
            assertTrue(said < guessed * 2 / 3, said + " vs " + guessed);
        }
    }
}
