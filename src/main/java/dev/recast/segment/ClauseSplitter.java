package dev.recast.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a sentence longer than a limit at a semicolon or colon, so the engine can breathe. A
 * first, simple pass: it cuts where the halves come out most even, and leaves sentences with no
 * such mark whole.
 */
final class ClauseSplitter {

    private final int maxWords;

    ClauseSplitter(int maxWords) {
        this.maxWords = maxWords;
    }

    List<String> split(String sentence) {
        int words = wordCount(sentence);
        if (words <= maxWords) {
            return List.of(sentence);
        }
        int bestCut = -1;
        int bestImbalance = Integer.MAX_VALUE;
        for (int i = 0; i + 1 < sentence.length(); i++) {
            char c = sentence.charAt(i);
            // Followed by whitespace: not the colon of "3:45" or "https://".
            if ((c == ';' || c == ':') && Character.isWhitespace(sentence.charAt(i + 1))) {
                int before = wordCount(sentence.substring(0, i + 1));
                int imbalance = Math.abs(words - 2 * before);
                if (imbalance < bestImbalance) {
                    bestCut = i + 1;
                    bestImbalance = imbalance;
                }
            }
        }
        if (bestCut < 0) {
            return List.of(sentence);
        }
        List<String> clauses = new ArrayList<>(split(sentence.substring(0, bestCut).strip()));
        clauses.addAll(split(sentence.substring(bestCut).strip()));
        return List.copyOf(clauses);
    }

    private static int wordCount(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
