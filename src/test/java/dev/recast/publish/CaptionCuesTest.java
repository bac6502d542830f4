package dev.recast.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Laying an utterance out as caption cues: wrapping, splitting, balancing and timing. */
class CaptionCuesTest {

    @Test
    void aShortUtteranceIsOneCueOnOneLine() {
        assertEquals(List.of(List.of("It took 3 years.")),
                CaptionCues.layout("", CaptionCues.words("It took 3 years.")));
    }

    @Test
    void aCueOverOneLineIsTwoBalancedLines() {
        List<List<String>> cues = CaptionCues.layout("", CaptionCues.words(
                "The harbour clock was wound every Sunday by the keeper's son."));
        assertEquals(List.of(List.of("The harbour clock was wound", "every Sunday by the keeper's son.")), cues);
    }

    @Test
    void aLongUtteranceIsSplitEvenlyWithoutAOneWordTail() {
        // 86 characters: one over what two lines hold, so two cues of about 43, not 84 and "them".
        String text = "We counted the bells from the lighthouse and the church and then we stopped counting them";
        List<List<String>> cues = CaptionCues.layout("", CaptionCues.words(text));
        assertEquals(2, cues.size(), cues.toString());
        int first = String.join(" ", cues.get(0)).length();
        int second = String.join(" ", cues.get(1)).length();
        assertTrue(Math.abs(first - second) <= 12, cues.toString());
    }

    @Test
    void aBreakAfterPunctuationIsPreferredWhenNearlyEven() {
        String text = "The fog came in at noon and by one o'clock, nobody on the pier could see the end of it at all";
        List<List<String>> cues = CaptionCues.layout("", CaptionCues.words(text));
        assertEquals(2, cues.size(), cues.toString());
        List<String> first = cues.get(0);
        assertTrue(first.get(first.size() - 1).endsWith("o'clock,"), cues.toString());
    }

    @Test
    void theSpeakersLabelTakesRoomOnTheFirstLineButIsNotInTheLines() {
        List<List<String>> cues = CaptionCues.layout("Annabel Lee: ",
                CaptionCues.words("The harbour clock was wound every Sunday."));
        assertEquals(List.of(List.of("The harbour", "clock was wound every Sunday.")), cues);
    }

    @Test
    void aWordLongerThanALineHasALineOfItsOwn() {
        String longWord = "x".repeat(50);
        List<List<String>> cues = CaptionCues.layout("", CaptionCues.words("a " + longWord + " b"));
        List<String> lines = cues.stream().flatMap(List::stream).toList();
        assertTrue(lines.contains(longWord), cues.toString());
        assertEquals(List.of("a", longWord, "b"), lines.stream().flatMap(l -> Arrays.stream(l.split(" "))).toList());
    }

    @Test
    void noWordsMakeOneEmptyCueSpanningTheSpeech() {
        assertEquals(List.of(List.of()), CaptionCues.layout("", List.of()));
        assertEquals(List.of(List.of()), CaptionCues.layout("", CaptionCues.words(" \n ")));
    }

    @Test
    void timesAreSharedByCharactersAndEndExactlyAtTheSpeech() {
        long[] bounds = CaptionCues.bounds(1_000, 2_000, List.of(List.of("aaa"), List.of("a")));
        assertEquals(List.of(1_000L, 1_750L, 2_000L), Arrays.stream(bounds).boxed().toList());
    }

    /** Seeded random utterances: every word once in order, lines within the limit, times inside the speech. */
    @Test
    void anyUtteranceKeepsEveryWordInOrderWithinTheLimitsAndInsideItsSpeech() {
        Random random = new Random(27);
        for (int round = 0; round < 2_000; round++) {
            List<String> words = randomWords(random);
            String label = random.nextInt(3) == 0 ? "" : CaptionCues.label(randomWord(random, 20));
            List<List<String>> cues = CaptionCues.layout(label, words);
            String context = label + words + " -> " + cues;

            List<String> laidOut = new ArrayList<>();
            for (int c = 0; c < cues.size(); c++) {
                List<String> lines = cues.get(c);
                assertTrue(lines.size() <= CaptionCues.MAX_LINES && (lines.size() >= 1 || words.isEmpty()), context);
                for (int l = 0; l < lines.size(); l++) {
                    String shown = (c == 0 && l == 0 ? label : "") + lines.get(l);
                    boolean oneWord = !lines.get(l).contains(" ");
                    assertTrue(CaptionCues.width(shown) <= CaptionCues.MAX_LINE || oneWord, context);
                    assertTrue(!lines.get(l).isEmpty() && !lines.get(l).startsWith(" ") && !lines.get(l).endsWith(" "),
                            context);
                    laidOut.addAll(Arrays.asList(lines.get(l).split(" ")));
                }
            }
            assertEquals(words, laidOut, context);
            if (cues.size() > 1) {
                // The fewest cues: no two neighbours' words would fit one cue's two lines.
                for (int c = 0; c + 1 < cues.size(); c++) {
                    int both = CaptionCues.width(String.join(" ", cues.get(c))) + 1
                            + CaptionCues.width(String.join(" ", cues.get(c + 1)));
                    assertTrue(both > CaptionCues.MAX_LINE, context);
                }
            }

            long start = random.nextInt(1_000_000);
            long end = start + random.nextInt(200_000);
            long[] bounds = CaptionCues.bounds(start, end, cues);
            assertEquals(cues.size() + 1, bounds.length);
            assertEquals(start, bounds[0], context);
            assertEquals(end, bounds[bounds.length - 1], context);
            for (int i = 0; i + 1 < bounds.length; i++) {
                assertTrue(bounds[i] <= bounds[i + 1], context);
            }
        }
    }

    @Test
    void theSameWordsGiveTheSameCues() {
        List<String> words = randomWords(new Random(5));
        assertEquals(CaptionCues.layout("Bo: ", words), CaptionCues.layout("Bo: ", new ArrayList<>(words)));
    }

    private static List<String> randomWords(Random random) {
        int count = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(random.nextBoolean() ? 12 : 120);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String word = randomWord(random, random.nextInt(40) == 0 ? 60 : 12);
            words.add(random.nextInt(6) == 0 ? word + ",.?;—".charAt(random.nextInt(5)) : word);
        }
        return words;
    }

    private static String randomWord(Random random, int maxLength) {
        StringBuilder word = new StringBuilder();
        int length = 1 + random.nextInt(maxLength);
        for (int i = 0; i < length; i++) {
            word.append("abcdeéfghijklmnopqrstuvwxyzñ".charAt(random.nextInt(28)));
        }
        return word.toString();
    }
}
