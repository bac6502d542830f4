package dev.recast.proof;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * The reference words of a text aligned with the words a recognizer heard, by the fewest edits
 * (Levenshtein over words): what was heard right, substituted, dropped (a deletion) or added (an
 * insertion). Word error rate and the misheard words of a proof both come from here, so the two
 * count alike.
 *
 * @param steps the alignment, reference order; each step holds a reference word, a heard word, or both
 */
public record WordAlignment(List<Step> steps) {

    // Letters and digits of any script stay; wer.py keeps only a-z and 0-9, which differs on
    // accented words alone, and a recognizer of English hears none of those anyway.
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");

    /**
     * One step of the alignment: a match or substitution holds both words, a deletion only the
     * reference word, an insertion only the heard one.
     */
    public record Step(Optional<String> reference, Optional<String> heard) {
        public Step {
            if (reference.isEmpty() && heard.isEmpty()) {
                throw new IllegalArgumentException("a step holds a reference word, a heard word or both");
            }
        }

        public boolean isMatch() {
            return reference.isPresent() && reference.equals(heard);
        }
    }

    /**
     * A reference word not heard as said: {@code heard} is what was heard in its place (one word
     * substituted, with the words inserted beside it, so "kubernetes" may be heard "cooper net is"),
     * empty when nothing was.
     */
    public record Misheard(String word, List<String> heard) {
        public Misheard {
            heard = List.copyOf(heard);
        }

        /** What was heard, as text: the words, or an empty string when nothing was heard. */
        public String heardText() {
            return String.join(" ", heard);
        }
    }

    public WordAlignment {
        steps = List.copyOf(steps);
    }

    /** Aligns the words of {@code reference} with the words of {@code heard}, both {@link #words normalized}. */
    public static WordAlignment of(String reference, String heard) {
        return align(words(reference), words(heard));
    }

    /**
     * The words of {@code text} as alignment compares them: lower case, hyphens and other
     * punctuation as spaces, apostrophes kept inside a word ("don't") and dropped at its ends.
     */
    public static List<String> words(String text) {
        String plain = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        List<String> words = new ArrayList<>();
        for (String token : NOT_WORD.split(plain)) {
            String word = stripApostrophes(token);
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Aligns word lists as they are, already normalized. */
    public static WordAlignment align(List<String> reference, List<String> heard) {
        int n = reference.size();
        int m = heard.size();
        // cost[i][j]: fewest edits turning the first i reference words into the first j heard ones.
        int[][] cost = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            cost[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            cost[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int diagonal = cost[i - 1][j - 1] + (reference.get(i - 1).equals(heard.get(j - 1)) ? 0 : 1);
                cost[i][j] = Math.min(diagonal, Math.min(cost[i - 1][j], cost[i][j - 1]) + 1);
            }
        }
        // Back from the end, a pairing of words preferred to a deletion and an insertion of the same cost.
        Step[] backwards = new Step[n + m];
        int count = 0;
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && cost[i][j]
                    == cost[i - 1][j - 1] + (reference.get(i - 1).equals(heard.get(j - 1)) ? 0 : 1)) {
                backwards[count++] = new Step(Optional.of(reference.get(i - 1)), Optional.of(heard.get(j - 1)));
                i--;
                j--;
            } else if (i > 0 && cost[i][j] == cost[i - 1][j] + 1) {
                backwards[count++] = new Step(Optional.of(reference.get(i - 1)), Optional.empty());
                i--;
            } else {
                backwards[count++] = new Step(Optional.empty(), Optional.of(heard.get(j - 1)));
                j--;
            }
        }
        List<Step> steps = new ArrayList<>(Arrays.asList(backwards).subList(0, count));
        Collections.reverse(steps);
        return new WordAlignment(steps);
    }

    /** How many reference words there are: what the error rate divides by. */
    public int referenceLength() {
        return (int) steps.stream().filter(s -> s.reference().isPresent()).count();
    }

    public int substitutions() {
        return (int) steps.stream().filter(s -> s.reference().isPresent() && s.heard().isPresent() && !s.isMatch())
                .count();
    }

    public int deletions() {
        return (int) steps.stream().filter(s -> s.heard().isEmpty()).count();
    }

    public int insertions() {
        return (int) steps.stream().filter(s -> s.reference().isEmpty()).count();
    }

    /** Substitutions, deletions and insertions: the edit distance. */
    public int errors() {
        return (int) steps.stream().filter(s -> !s.isMatch()).count();
    }

    /** Errors per reference word; an empty reference has no rate. */
    public OptionalDouble errorRate() {
        int length = referenceLength();
        return length == 0 ? OptionalDouble.empty() : OptionalDouble.of(errors() / (double) length);
    }

    /**
     * The reference words not heard as said, in order. Within a run of errors each inserted word
     * goes with the reference word before it (the first one for insertions that open the run), so
     * one word heard as several is one misheard word; a run of insertions alone names no word.
     */
    public List<Misheard> misheard() {
        List<Misheard> misheard = new ArrayList<>();
        int k = 0;
        while (k < steps.size()) {
            if (steps.get(k).isMatch()) {
                k++;
                continue;
            }
            int end = k;
            while (end < steps.size() && !steps.get(end).isMatch()) {
                end++;
            }
            misheard.addAll(run(steps.subList(k, end)));
            k = end;
        }
        return misheard;
    }

    /** The misheard words of one run of errors. */
    private static List<Misheard> run(List<Step> errors) {
        List<String> words = new ArrayList<>();
        List<List<String>> heard = new ArrayList<>();
        List<String> leading = new ArrayList<>();
        for (Step step : errors) {
            if (step.reference().isPresent()) {
                words.add(step.reference().get());
                heard.add(new ArrayList<>(words.size() == 1 ? leading : List.of()));
                step.heard().ifPresent(heard.get(heard.size() - 1)::add);
            } else if (words.isEmpty()) {
                leading.add(step.heard().get());
            } else {
                heard.get(heard.size() - 1).add(step.heard().get());
            }
        }
        List<Misheard> misheard = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            misheard.add(new Misheard(words.get(w), heard.get(w)));
        }
        return misheard;
    }

    private static String stripApostrophes(String token) {
        int from = 0;
        int to = token.length();
        while (from < to && token.charAt(from) == '\'') {
            from++;
        }
        while (to > from && token.charAt(to - 1) == '\'') {
            to--;
        }
        return token.substring(from, to);
    }
}
