package dev.recast.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {

    private static final Lexicon LEXICON = new Lexicon(List.of(
            new Pronunciation("Kaito", List.of("K", "AY1", "T", "OW0")),
            new Pronunciation("don", List.of("D", "AA1", "N")),
            new Pronunciation("tor", List.of("T", "AO1", "R"))));

    @Test
    void anUtterancesSoundKeyHoldsTheEntriesForTheWordsItSaysInAnyCase() {
        assertEquals("Kaito K AY1 T OW0", LEXICON.soundKeyFor("KAITO said so."));
        assertEquals("", LEXICON.soundKeyFor("Nobody here."));
        assertEquals("Kaito K AY1 T OW0\ntor T AO1 R", LEXICON.soundKeyFor("Tor, then Kaito."));
    }

    @Test
    void aWordCountsBetweenAnyCharactersThatAreNotLettersOrDigitsAndNotInsideAnother() {
        assertEquals("don D AA1 N", LEXICON.soundKeyFor("I don't know."));
        assertEquals("", LEXICON.soundKeyFor("The donkey and the torch."));
        assertEquals("tor T AO1 R", LEXICON.soundKeyFor("mentor-tor"));
    }

    @Test
    void theWholeLexiconsSoundKeyListsEveryEntryInOrder() {
        assertEquals("Kaito K AY1 T OW0\ndon D AA1 N\ntor T AO1 R", LEXICON.soundKey());
    }
}
