package dev.recast.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence longer than a limit at clause boundaries, so the engine can breathe: first at
 * a semicolon, colon or dash, else at a comma before a conjunction ("…, and …"), wherever the
 * halves come out most even, again until each part fits. A cut never leaves a fragment too short
 * to carry intonation; a sentence with no such boundary stays whole.
 *
 * <p>Why a limit at all: FreeTTS lowers the pitch across a phrase, and with no punctuation to
 * reset it, kevin16's pitch reaches its floor (about 69 Hz) by 30 words and stays flat to the end
 * (measured on its ContourGenerator targets); the default limit of 25 cuts before that.
 */
final class ClauseSplitter {

    /** Fewer words than this do not carry a phrase's rise and fall: no cut leaves them alone. */
    static final int MIN_FRAGMENT_WORDS = 3;

    /** Followed by whitespace: not the colon of "3:45", "https://" or the hyphen of "shallow-water". */
    private static final Pattern STRONG = Pattern.compile("[;:](?=\\s)|\\s[—–-]+(?=\\s)|[—–](?=\\s?\\p{L})");
    private static final Pattern COMMA_BEFORE_WORD = Pattern.compile(",(?=\\s+(\\p{L}+))");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "or", "so", "yet", "because", "which",
            "while", "although", "though", "whereas", "where", "when", "until", "unless");

    private final int maxWords;

    ClauseSplitter(int maxWords) {
        this.maxWords = maxWords;
    }

    List<String> split(String sentence) {
        int words = wordCount(sentence);
        if (words <= maxWords) {
            return List.of(sentence);
        }
        int cut = bestCut(sentence, words, strongCuts(sentence));
        if (cut < 0) {
            cut = bestCut(sentence, words, conjunctionCuts(sentence));
        }
        if (cut < 0) {
            return List.of(sentence);
        }
        List<String> clauses = new ArrayList<>(split(sentence.substring(0, cut).strip()));
        clauses.addAll(split(sentence.substring(cut).strip()));
        return List.copyOf(clauses);
    }

    /** Where a semicolon, colon or dash ends a clause (the mark stays with the clause before it). */
    private static List<Integer> strongCuts(String sentence) {
        List<Integer> cuts = new ArrayList<>();
        Matcher m = STRONG.matcher(sentence);
        while (m.find()) {
            cuts.add(m.end());
        }
        return cuts;
    }

    private static List<Integer> conjunctionCuts(String sentence) {
        List<Integer> cuts = new ArrayList<>();
        Matcher m = COMMA_BEFORE_WORD.matcher(sentence);
        while (m.find()) {
            if (CONJUNCTIONS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                cuts.add(m.end());
            }
        }
        return cuts;
    }

    /** The most even cut that leaves no short fragment, or -1. */
    private static int bestCut(String sentence, int words, List<Integer> cuts) {
        int bestCut = -1;
        int bestImbalance = Integer.MAX_VALUE;
        for (int cut : cuts) {
            int before = wordCount(sentence.substring(0, cut));
            int imbalance = Math.abs(words - 2 * before);
            if (before >= MIN_FRAGMENT_WORDS && words - before >= MIN_FRAGMENT_WORDS && imbalance < bestImbalance) {
                bestCut = cut;
                bestImbalance = imbalance;
            }
        }
        return bestCut;
    }

    private static int wordCount(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : (int) Arrays.stream(stripped.split("\\s+"))
                .filter(w -> w.chars().anyMatch(Character::isLetterOrDigit)).count();
    }
}
