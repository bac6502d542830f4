package dev.recast.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * How titles and emphasis read within a line's words: where a run-in title ends and its sentence
 * begins, whether words read as a title, where a spoken emphasis mark stands. Asks the words only,
 * never the parser's state; {@link BlockParser} decides what to make of the answers.
 */
final class Titles {

    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?][\"”’')]*");
    private static final Pattern CLAUSE_END = Pattern.compile(".*[,:;]");
    // A title's section number: "3.", "2.1", "IV.", "A)".
    private static final Pattern NUMBERING = Pattern.compile("(?:\\d+(?:\\.\\d+)*|[IVXLC]+|\\p{Lu})[.)]?");
    // How far after a subject's first two words its verb is looked for.
    private static final int VERB_REACH = 6;

    private final CleaningRules rules;

    Titles(CleaningRules rules) {
        this.rules = rules;
    }

    /** Whether the token ends a sentence: a full stop, question or exclamation mark, quotes aside. */
    static boolean endsSentence(String token) {
        return SENTENCE_END.matcher(token).matches();
    }

    /** Whether the token ends a clause: a comma, colon or semicolon. */
    static boolean endsClause(String token) {
        return CLAUSE_END.matcher(token).matches();
    }

    /**
     * Where a title that starts at token {@code from} ends (the index after it), if one does;
     * {@code runsOn} when the line's sentence carries on to the next line. An emphasised run is a
     * title whole. Otherwise the title runs to an emphasis mark or a full stop at most, and ends
     * earlier where the line turns from title to sentence: a capitalised word followed by a
     * lower-case one that is no link word ("Introduction Fog signals were …", not "A Tale of …").
     * Of several such places the likeliest wins: a sentence opener there, a common verb after it,
     * and no lower-case verb left in the title count for it; a capitalised word before a link word
     * is the last resort ("Acknowledgements Thanks to …"). What follows the title must end as a
     * sentence does (or run on); else the whole rest is the title, if it reads as one.
     */
    OptionalInt titleEnd(List<String> tokens, int from, boolean runsOn) {
        int mark = markAt(tokens, from);
        if (mark > 0) {
            return emphasisedEnd(tokens, from, mark);
        }
        if (!startsCapitalised(tokens.get(from))) {
            return OptionalInt.empty();
        }
        boolean bodyIsSentence = runsOn || SENTENCE_END.matcher(tokens.get(tokens.size() - 1)).matches();
        int numbered = NUMBERING.matcher(tokens.get(from)).matches() ? 1 : 0;
        int best = -1;
        int bestScore = Integer.MIN_VALUE;
        // A split before a link word ("Thanks to …"), taken only where no likelier one is found.
        int linked = -1;
        for (int k = from + 1; k < tokens.size() && k - from <= rules.maxRunInTitleWords() + numbered; k++) {
            String before = tokens.get(k - 1);
            boolean stop = SENTENCE_END.matcher(before).matches() && !(numbered == 1 && k - 1 == from);
            boolean marked = markAt(tokens, k) > 0;
            if ((stop || marked) && (marked || startsCapitalised(tokens.get(k)))
                    && isRunInTitle(tokens.subList(from, k)) && best < 0) {
                return OptionalInt.of(k);
            }
            if (stop || marked) {
                break;
            }
            if (linked < 0 && bodyIsSentence && k + 1 < tokens.size()
                    && Character.isUpperCase(tokens.get(k).codePointAt(0))
                    && Character.isLowerCase(tokens.get(k + 1).codePointAt(0))
                    && rules.linkWords().contains(bare(tokens.get(k + 1))) && hasContentWord(tokens, k + 2)
                    && isRunInTitle(tokens.subList(from, k))) {
                linked = k;
            }
            if (bodyIsSentence && k + 1 < tokens.size() && turnsToSentence(tokens, k)
                    && isRunInTitle(tokens.subList(from, k))) {
                int score = (rules.sentenceOpeners().contains(tokens.get(k).replace('’', '\'')) ? 2 : 0)
                        + (isVerb(tokens.get(k + 1)) ? 1 : 0)
                        - (tokens.subList(from, k).stream().anyMatch(this::isVerb) ? 2 : 0);
                if (score > bestScore) {
                    best = k;
                    bestScore = score;
                }
            }
        }
        if (best > 0 || linked > 0) {
            return OptionalInt.of(best > 0 ? best : linked);
        }
        return restIsTitle(tokens, from) ? OptionalInt.of(tokens.size()) : OptionalInt.empty();
    }

    /** Whether the tokens from {@code from} on read as a title, emphasis marks aside; a long line never does. */
    boolean restIsTitle(List<String> tokens, int from) {
        // Even with a two-token mark on both sides of every word, a title is no longer than this.
        return tokens.size() - from <= 5 * rules.maxTitleWords()
                && isTitle(withoutEmphasis(tokens.subList(from, tokens.size())));
    }

    /** Where an emphasised run that starts at {@code from} with a mark of {@code mark} tokens ends. */
    OptionalInt emphasisedEnd(List<String> tokens, int from, int mark) {
        int last = Math.min(tokens.size(), from + mark + rules.maxRunInTitleWords() + 1);
        for (int j = from + mark + 1; j < last; j++) {
            int closer = markAt(tokens, j);
            if (closer > 0) {
                return OptionalInt.of(j + closer);
            }
            if (SENTENCE_END.matcher(tokens.get(j - 1)).matches()) {
                return OptionalInt.empty(); // a whole emphasised sentence, not a title
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Whether the sentence starts at token {@code k}: capitalised, then lower case that is no link
     * word, unless a verb soon follows in lower case ("Samples of the bell were …", not "Tale of
     * Two Cities").
     */
    private boolean turnsToSentence(List<String> tokens, int k) {
        String word = tokens.get(k);
        String next = tokens.get(k + 1);
        int c = next.codePointAt(0);
        return Character.isUpperCase(word.codePointAt(0)) && !SENTENCE_END.matcher(word).matches()
                && (Character.isLowerCase(c) || Character.isDigit(c))
                && (rules.sentenceOpeners().contains(word.replace('’', '\''))
                        || !rules.linkWords().contains(bare(next))
                        || verbFollows(tokens, k + 2));
    }

    /**
     * Whether a lower-case word that is no link word comes within a title's length from token
     * {@code from}: sentence case ("… to Ada Quill for comments."), not Title Case ("… of the North.").
     */
    private boolean hasContentWord(List<String> tokens, int from) {
        for (int j = from; j < Math.min(tokens.size(), from + rules.maxTitleWords()); j++) {
            String token = tokens.get(j);
            if (Character.isLowerCase(token.codePointAt(0)) && !rules.linkWords().contains(bare(token))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a verb comes within a few lower-case words from token {@code from}, before any capitalised one. */
    private boolean verbFollows(List<String> tokens, int from) {
        for (int j = from; j < Math.min(tokens.size(), from + VERB_REACH); j++) {
            if (isVerb(tokens.get(j))) {
                return true;
            }
            if (!Character.isLowerCase(tokens.get(j).codePointAt(0))) {
                return false;
            }
        }
        return false;
    }

    private boolean isVerb(String token) {
        String word = bare(token);
        return Character.isLowerCase(token.codePointAt(0)) && (rules.commonVerbs().contains(word)
                || word.length() > 4 && word.endsWith("ed"));
    }

    /**
     * A title read off the front of a line: a title of a few words not left hanging on a link word
     * (a capital letter is a label: "Appendix A").
     */
    private boolean isRunInTitle(List<String> tokens) {
        int numbered = NUMBERING.matcher(tokens.get(0)).matches() ? 1 : 0;
        String last = tokens.get(tokens.size() - 1);
        return tokens.size() <= rules.maxRunInTitleWords() + numbered && isTitle(tokens)
                && (!rules.linkWords().contains(bare(last)) || tokens.size() > 1 && last.matches("\\p{Lu}"));
    }

    /** Whether the token starts as a title or sentence may: a capital letter or a digit. */
    static boolean startsCapitalised(String token) {
        int c = token.codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    /** The tokens without their emphasis marks. */
    private List<String> withoutEmphasis(List<String> tokens) {
        List<String> kept = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int n = markAt(tokens, i);
            if (n == 0) {
                kept.add(tokens.get(i));
            }
            i += Math.max(n, 1);
        }
        return kept;
    }

    /** A title: short, capitalised, one sentence at most (a section number aside), not left hanging on a comma. */
    boolean isTitle(List<String> tokens) {
        if (tokens.isEmpty() || tokens.size() > rules.maxTitleWords()) {
            return false;
        }
        if (!startsCapitalised(tokens.get(0))) {
            return false;
        }
        int from = tokens.size() > 1 && NUMBERING.matcher(tokens.get(0)).matches() ? 1 : 0;
        for (String token : tokens.subList(from, tokens.size() - 1)) {
            if (SENTENCE_END.matcher(token).matches()) {
                return false;
            }
        }
        return !CLAUSE_END.matcher(tokens.get(tokens.size() - 1)).matches();
    }

    /**
     * The length of the emphasis mark at token {@code i}, or 0: a listed phrase ("asterisk
     * asterisk"), or a paired word ("asterisk … asterisk") that opens or closes a short run of
     * words, neither of the pair after an article or other link word ("an asterisk" is a word).
     */
    int markAt(List<String> tokens, int i) {
        int n = phraseAt(rules.emphasisMarks(), tokens, i);
        if (n > 0 || !rules.pairedMarks().contains(bare(tokens.get(i)))) {
            return n;
        }
        int reach = rules.maxRunInTitleWords() + 1;
        for (int j = i + 2; j <= Math.min(tokens.size() - 1, i + reach); j++) {
            if (rules.pairedMarks().contains(bare(tokens.get(j)))) {
                return isPair(tokens, i, j) ? 1 : 0;
            }
        }
        for (int j = i - 2; j >= Math.max(0, i - reach); j--) {
            if (rules.pairedMarks().contains(bare(tokens.get(j)))) {
                return isPair(tokens, j, i) ? 1 : 0;
            }
        }
        return 0;
    }

    /** Whether tokens {@code open} and {@code close}, the same mark word, enclose emphasised words. */
    private boolean isPair(List<String> tokens, int open, int close) {
        return bare(tokens.get(open)).equals(bare(tokens.get(close)))
                && (open == 0 || !rules.linkWords().contains(bare(tokens.get(open - 1))))
                && !rules.linkWords().contains(bare(tokens.get(close - 1)))
                && tokens.subList(open + 1, close).stream().noneMatch(t -> rules.pairedMarks().contains(bare(t)));
    }

    /** The length of the longest phrase that starts at token {@code i}, or 0. */
    static int phraseAt(List<String> phrases, List<String> tokens, int i) {
        String first = bare(tokens.get(i));
        int longest = 0;
        for (String phrase : phrases) {
            // Most tokens start no phrase: compare the first word before splitting anything.
            if (!phrase.startsWith(first) || phrase.length() > first.length() && phrase.charAt(first.length()) != ' ') {
                continue;
            }
            String[] phraseWords = phrase.split(" ");
            if (phraseWords.length > longest && i + phraseWords.length <= tokens.size()) {
                boolean matches = true;
                for (int k = 1; k < phraseWords.length && matches; k++) {
                    matches = phraseWords[k].equals(bare(tokens.get(i + k)));
                }
                longest = matches ? phraseWords.length : longest;
            }
        }
        return longest;
    }

    /**
     * A word as phrases name it: lower case, straight apostrophes, no punctuation around it.
     * Trimmed by hand, not by a regular expression, to stay linear on a token of any length.
     */
    static String bare(String token) {
        String word = token.toLowerCase(Locale.ROOT).replace('’', '\'');
        int start = 0;
        int end = word.length();
        while (start < end && !isLetterOrNumber(word.codePointAt(start))) {
            start += Character.charCount(word.codePointAt(start));
        }
        while (end > start && !isLetterOrNumber(word.codePointBefore(end))) {
            end -= Character.charCount(word.codePointBefore(end));
        }
        return word.substring(start, end);
    }

    /** A letter or a number, as {@code \p{L}} and {@code \p{N}} in a regular expression. */
    static boolean isLetterOrNumber(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
