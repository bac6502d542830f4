package dev.recast.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real kevin16 dictionary, asked without its spelling-rule fallback. */
class FreeTtsLexiconTest {

    private static FreeTtsLexicon lexicon;

    @BeforeAll
    static void load() throws Exception {
        lexicon = FreeTtsLexicon.of("kevin16");
    }

    @ParameterizedTest(name = "{0} known: {1}")
    @CsvSource({
        "the, true",
        "The, true",
        "harbour, true",
        "don't, true",
        "it’s, true",
        "Shorji, false",
        "shoggoth, false",
        "PSM, false",
        "Xyzzyq, false",
    })
    void knowsDictionaryWordsAndTheirContractions(String word, boolean known) {
        assertEquals(known, lexicon.knows(word));
    }

    @Test
    void saysItsEntryElseItsGuessFromTheSpelling() {
        assertEquals(List.of("w", "ao1", "t", "er"), lexicon.phones("Water"));
        assertFalse(lexicon.phones("shoggoth").isEmpty());
    }
}
