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
     * The words of {@code text} as alignment compares them: lower case, numbers in words, hyphens
     * and other punctuation as spaces, apostrophes kept inside a word ("don't") and dropped at its ends.
     */
    public static List<String> words(String text) {
        String plain = NumberReading.spell(text.toLowerCase(Locale.ROOT).replace('’', '\''));
        List<String> words = new ArrayList<>();
        for (String token : NOT_WORD.split(plain)) {
            String word = stripApostrophes(token);
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * Aligns word lists as they are, already normalized. Of the alignments with the fewest edits,
     * the one whose substituted words are spelled most alike: "put the kettle down" heard as "put
     * the cable" substitutes "cable" for "kettle" and drops "down", not the other way round.
     */
    public static WordAlignment align(List<String> reference, List<String> heard) {
        int n = reference.size();
        int m = heard.size();
        // edits[i][j]: fewest edits turning the first i reference words into the first j heard ones;
        // unlike[i][j]: of those, the least unlikeness, substitutions counting how unlike their spellings are.
        int[][] edits = new int[n + 1][m + 1];
        double[][] unlike = new double[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                if (i == 0 || j == 0) {
                    edits[i][j] = i + j;
                    unlike[i][j] = i + j;
                    continue;
                }
                Cost best = diagonal(reference, heard, edits, unlike, i, j);
                Cost deletion = new Cost(edits[i - 1][j] + 1, unlike[i - 1][j] + 1);
                Cost insertion = new Cost(edits[i][j - 1] + 1, unlike[i][j - 1] + 1);
                best = deletion.below(best) ? deletion : best;
                best = insertion.below(best) ? insertion : best;
                edits[i][j] = best.edits();
                unlike[i][j] = best.unlike();
            }
        }
        // Back from the end, taking a step that gives the cost found; a pairing of words first.
        Step[] backwards = new Step[n + m];
        int count = 0;
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            Cost here = new Cost(edits[i][j], unlike[i][j]);
            if (i > 0 && j > 0 && diagonal(reference, heard, edits, unlike, i, j).equals(here)) {
                backwards[count++] = new Step(Optional.of(reference.get(i - 1)), Optional.of(heard.get(j - 1)));
                i--;
                j--;
            } else if (i > 0 && (j == 0 || new Cost(edits[i - 1][j] + 1, unlike[i - 1][j] + 1).equals(here))) {
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

    /** An alignment's cost: its edits first, then how unlike its substituted words are. */
    private record Cost(int edits, double unlike) {
        boolean below(Cost other) {
            return edits < other.edits || (edits == other.edits && unlike < other.unlike);
        }
    }

    /** The cost of reaching {@code (i, j)} by pairing reference word {@code i} with heard word {@code j}. */
    private static Cost diagonal(List<String> reference, List<String> heard, int[][] edits, double[][] unlike,
            int i, int j) {
        String r = reference.get(i - 1);
        String h = heard.get(j - 1);
        return r.equals(h) ? new Cost(edits[i - 1][j - 1], unlike[i - 1][j - 1])
                : new Cost(edits[i - 1][j - 1] + 1, unlike[i - 1][j - 1] + unlikeness(r, h));
    }

    /** How unlike two spellings are, 0 to 1: their letters' edit distance over the longer's length. */
    static double unlikeness(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int k = 0; k <= b.length(); k++) {
            previous[k] = k;
        }
        for (int x = 1; x <= a.length(); x++) {
            current[0] = x;
            for (int y = 1; y <= b.length(); y++) {
                current[y] = Math.min(Math.min(previous[y], current[y - 1]) + 1,
                        previous[y - 1] + (a.charAt(x - 1) == b.charAt(y - 1) ? 0 : 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()] / (double) Math.max(1, Math.max(a.length(), b.length()));
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
