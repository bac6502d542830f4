package dev.recast.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.recast.segment.Lexicon;
import dev.recast.segment.Pronunciation;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PronunciationAdvisorTest {

    private static final Map<String, List<String>> DICTIONARY = Map.of(
            "morning", List.of("M", "AO", "R", "N", "IH", "NG"),
            "kelvin", List.of("K", "EH", "L", "V", "IH", "N"),
            "tide", List.of("T", "AY", "D"));

    /** The engine says the words of {@code engineKnows} as the dictionary does, and "kelvin" as "kelvine". */
    private static PronunciationAdvisor advisor(Lexicon lexicon, Set<String> engineKnows) {
        return new PronunciationAdvisor(lexicon, word -> engineKnows.contains(word) ? engineForm(DICTIONARY.get(word))
                : List.of("k", "eh1", "l", "v", "ay", "n"), () -> DICTIONARY);
    }

    /** As FreeTTS writes phones: lower case, stressed, a schwa as ax. */
    private static List<String> engineForm(List<String> phones) {
        return PronunciationAdvisor.stressed(phones).stream()
                .map(p -> p.toLowerCase(Locale.ROOT)).map(p -> p.equals("ah0") ? "ax" : p)
                .toList();
    }

    @Test
    void aLexiconEntryUnlikeTheDictionarysGetsTheDictionarysLine() {
        Lexicon lexicon = new Lexicon(List.of(new Pronunciation("Morning", List.of("Z", "UW1", "K"))));
        Advice advice = advisor(lexicon, Set.of("morning")).apply("morning");
        assertEquals(new Advice.LexiconLine(new Pronunciation("morning",
                List.of("M", "AO1", "R", "N", "IH0", "NG"))), advice);
        assertEquals("lexicon.txt: morning M AO1 R N IH0 NG", advice.text());
    }

    @Test
    void aWordTheEngineSaysOtherwiseGetsTheDictionarysLine() {
        assertEquals(new Advice.LexiconLine(new Pronunciation("kelvin", List.of("K", "EH1", "L", "V", "IH0", "N"))),
                advisor(Lexicon.EMPTY, Set.of()).apply("kelvin"));
    }

    @Test
    void aWordSaidAsTheDictionarySaysItHasNoLine() {
        assertInstanceOf(Advice.Unclear.class, advisor(Lexicon.EMPTY, Set.of("tide")).apply("tide"));
        Lexicon same = new Lexicon(List.of(new Pronunciation("tide", List.of("T", "AY1", "D"))));
        assertInstanceOf(Advice.Unclear.class, advisor(same, Set.of()).apply("tide"));
    }

    @Test
    void aWordTheRecognizerDoesNotKnowHasNoLine() {
        Advice advice = advisor(Lexicon.EMPTY, Set.of()).apply("harbour");
        assertEquals(new Advice.Unclear("the recognizer does not know the word, so never hears it: listen to it,"
                + " and give its phones in lexicon.txt or respell it in corrections.tsv if it sounds wrong"), advice);
    }

    @Test
    void stressIsKeptWhenGivenElseOnTheFirstVowel() {
        assertEquals(List.of("AH0", "B", "AW1", "T"), PronunciationAdvisor.stressed(List.of("AH0", "B", "AW1", "T")));
        assertEquals(List.of("ER1", "TH", "IY0"), PronunciationAdvisor.stressed(List.of("ER", "TH", "IY")));
    }

    @Test
    void readsEachWordsFirstPronunciation() throws Exception {
        Map<String, List<String>> read = PronouncingDictionary.parse(new StringReader(
                "read R EH D\nread(2) R IY D\n\n'cause K AH Z\nOdd  AA D\n"));
        assertEquals(Map.of("read", List.of("R", "EH", "D"), "'cause", List.of("K", "AH", "Z"),
                "odd", List.of("AA", "D")), read);
    }
}
