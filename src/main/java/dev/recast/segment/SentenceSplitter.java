package dev.recast.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits running text into sentences, each an exact, stripped substring of the input.
 *
 * <p>A sentence can end only at a run of {@code . ? ! …}, optionally followed by closing quotes or
 * brackets, and then whitespace: so decimals, versions, URLs and e-mail addresses, whose periods
 * are followed by more characters, never split. Whether it does end there depends on the next
 * word and, after a single period, on the word before (see {@link SentenceRules}).
 */
public final class SentenceSplitter {

    private static final String TERMINATORS = ".?!…";
    private static final String CLOSERS = "\"'”’»)]}";
    private static final String OPENERS = "\"'“‘«([{";

    /** "J." or "R." (a capital alone), or any run of dotted letters: "U.S.", "a.m.", "J.R.R.". */
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}\\.|(?:\\p{L}\\.){2,}");

    private final SentenceRules rules;

    public SentenceSplitter(SentenceRules rules) {
        if (rules == null) {
            throw new IllegalArgumentException("a sentence splitter needs its rules");
        }
        this.rules = rules;
    }

    public List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            if (TERMINATORS.indexOf(text.charAt(i)) < 0) {
                i++;
                continue;
            }
            int marksEnd = skip(text, i, TERMINATORS);
            int closersEnd = skip(text, marksEnd, CLOSERS);
            int next = skipWhitespace(text, closersEnd);
            if (next > closersEnd && next < text.length() && endsSentence(text, i, marksEnd, next)) {
                addIfNotBlank(sentences, text.substring(start, closersEnd));
                start = next;
            }
            i = closersEnd;
        }
        addIfNotBlank(sentences, text.substring(start));
        return List.copyOf(sentences);
    }

    private boolean endsSentence(String text, int marksStart, int marksEnd, int next) {
        String nextWord = wordAt(text, next);
        // "?", "!" and ellipses belong to no abbreviation: only the next word decides ("Well... maybe.")
        if (marksEnd - marksStart > 1 || text.charAt(marksStart) != '.') {
            return startsSentence(nextWord);
        }
        if (endsWithAny(text, marksEnd, rules.neverFinal())) {
            return false;
        }
        if (endsWithAny(text, marksEnd, rules.maybeFinal())
                || INITIALS.matcher(wordBefore(text, marksEnd)).matches()) {
            return isSentenceStarter(nextWord);
        }
        return startsSentence(nextWord);
    }

    /** Whether the text before {@code end} is one of the abbreviations, standing as a word of its own. */
    private static boolean endsWithAny(String text, int end, Iterable<String> abbreviations) {
        for (String abbreviation : abbreviations) {
            int from = end - abbreviation.length();
            if (from >= 0
                    && text.regionMatches(true, from, abbreviation, 0, abbreviation.length())
                    && (from == 0 || isWhitespace(text.charAt(from - 1)) || OPENERS.indexOf(text.charAt(from - 1)) >= 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsSentence(String word) {
        String bare = stripOpeners(word);
        if (bare.isEmpty()) {
            return false;
        }
        int first = bare.codePointAt(0);
        return Character.isUpperCase(first) || Character.isTitleCase(first) || Character.isDigit(first);
    }

    private boolean isSentenceStarter(String word) {
        String bare = stripOpeners(word);
        int letters = 0;
        while (letters < bare.length() && Character.isLetter(bare.charAt(letters))) {
            letters++;
        }
        return startsSentence(bare) && rules.sentenceStarters().contains(bare.substring(0, letters).toLowerCase(Locale.ROOT));
    }

    private static String wordAt(String text, int start) {
        int end = start;
        while (end < text.length() && !isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    private static String wordBefore(String text, int end) {
        int start = end;
        while (start > 0 && !isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return stripOpeners(text.substring(start, end));
    }

    private static String stripOpeners(String word) {
        return word.substring(skip(word, 0, OPENERS));
    }

    private static int skip(String text, int from, String characters) {
        int i = from;
        while (i < text.length() && characters.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static int skipWhitespace(String text, int from) {
        int i = from;
        while (i < text.length() && isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Java's isWhitespace leaves out the no-break space, which transcripts do contain. */
    private static boolean isWhitespace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static void addIfNotBlank(List<String> sentences, String sentence) {
        if (!sentence.isBlank()) {
            sentences.add(sentence.strip());
        }
    }
}
