package dev.recast.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.proof.WordAlignment.Misheard;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordAlignmentTest {

    @Test
    void normalizesLikeTheWordErrorRateScript() {
        assertEquals(List.of("don't", "post", "trained", "models", "rock", "n", "roll", "it's"),
                WordAlignment.words("Don’t POST-trained models: 'rock-'n'-roll'... \"It's\""));
        assertEquals(List.of(), WordAlignment.words(" -- ... ' "));
    }

    @Test
    void identicalTextsHaveNoErrors() {
        WordAlignment a = WordAlignment.of("The cat sat.", "the cat sat");
        assertEquals(0, a.errors());
        assertEquals(3, a.referenceLength());
        assertEquals(0.0, a.errorRate().getAsDouble());
        assertEquals(List.of(), a.misheard());
    }

    @Test
    void countsSubstitutionsDeletionsAndInsertions() {
        // "cat" heard as "hat", "on" lost, "today" added.
        WordAlignment a = WordAlignment.of("the cat sat on a red mat", "the hat sat a red mat today");
        assertEquals(1, a.substitutions());
        assertEquals(1, a.deletions());
        assertEquals(1, a.insertions());
        assertEquals(3, a.errors());
        assertEquals(7, a.referenceLength());
        assertEquals(3 / 7.0, a.errorRate().getAsDouble(), 1e-12);
        assertEquals(List.of(new Misheard("cat", List.of("hat")), new Misheard("on", List.of())), a.misheard());
    }

    @Test
    void oneWordHeardAsSeveralIsOneMisheardWord() {
        WordAlignment a = WordAlignment.of("we run kubernetes today", "we run cooper net is today");
        assertEquals(3, a.errors());
        assertEquals(List.of(new Misheard("kubernetes", List.of("cooper", "net", "is"))), a.misheard());
        assertEquals("cooper net is", a.misheard().get(0).heardText());
    }

    @Test
    void ofTheFewestEditsTheSubstitutionsSpelledMostAlike() {
        WordAlignment a = WordAlignment.of("put the kettle down", "put the cable");
        assertEquals(List.of(new Misheard("kettle", List.of("cable")), new Misheard("down", List.of())), a.misheard());
        WordAlignment b = WordAlignment.of("put down the kettle", "put the kettle");
        assertEquals(List.of(new Misheard("down", List.of())), b.misheard());
    }

    @Test
    void insertionsOpeningARunGoWithItsFirstWord() {
        WordAlignment a = WordAlignment.of("training begins", "a raining begins");
        assertEquals(List.of(new Misheard("training", List.of("a", "raining"))), a.misheard());
    }

    @Test
    void insertionsBetweenRightWordsNameNoWord() {
        WordAlignment a = WordAlignment.of("good morning", "good uh morning");
        assertEquals(1, a.insertions());
        assertEquals(List.of(), a.misheard());
    }

    @Test
    void nothingHeardDeletesEveryWord() {
        WordAlignment a = WordAlignment.of("hello there", "");
        assertEquals(2, a.deletions());
        assertEquals(1.0, a.errorRate().getAsDouble());
        assertEquals(List.of(new Misheard("hello", List.of()), new Misheard("there", List.of())), a.misheard());
    }

    @Test
    void anEmptyReferenceHasNoRate() {
        WordAlignment a = WordAlignment.of("", "noise");
        assertTrue(a.errorRate().isEmpty());
        assertEquals(1, a.errors());
    }

    @Test
    void theDistanceIsTheFewestEdits() {
        // Against a plain edit-distance computation, on word lists that share words in shifted places.
        String[] vocabulary = {"a", "b", "c", "d"};
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<String> ref = randomWords(random, vocabulary);
            List<String> hyp = randomWords(random, vocabulary);
            WordAlignment a = WordAlignment.align(ref, hyp);
            assertEquals(distance(ref, hyp), a.errors(), ref + " / " + hyp);
            assertEquals(ref.size(), a.referenceLength());
            assertEquals(a.errors(), a.substitutions() + a.deletions() + a.insertions());
        }
    }

    private static List<String> randomWords(Random random, String[] vocabulary) {
        return random.ints(random.nextInt(8), 0, vocabulary.length).mapToObj(k -> vocabulary[k]).toList();
    }

    private static int distance(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.size(); i++) {
            int[] current = new int[b.size() + 1];
            current[0] = i;
            for (int j = 1; j <= b.size(); j++) {
                current[j] = Math.min(Math.min(previous[j], current[j - 1]) + 1,
                        previous[j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1));
            }
            previous = current;
        }
        return previous[b.size()];
    }
}
