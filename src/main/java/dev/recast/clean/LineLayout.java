package dev.recast.clean;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a section's lines make paragraphs: which {@link Layout} the section is written in, and, in a
 * file of one paragraph per line, whether a line carries on the sentence the line before broke off.
 */
final class LineLayout {

    /** How the lines of a section make paragraphs. */
    enum Layout {
        /** Caption text: lines join until a blank line or a speaker turn; no Markdown. */
        CAPTIONS,
        /** Lines join until a blank line or a speaker turn. */
        BLANK_LINE_PARAGRAPHS,
        /** Each line a paragraph, as narrated transcripts are written, unless it wraps mid-sentence. */
        LINE_PARAGRAPHS
    }

    // A possessive ending a wrapped line left at the start of the next: "'s setting."
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s(?!\\p{L}).*");

    private final CleaningRules rules;

    LineLayout(CleaningRules rules) {
        this.rules = rules;
    }

    static Layout layoutOf(List<ContentLine> lines) {
        // Caption cues are pieces of running speech, never a paragraph each.
        return lines.stream().anyMatch(line -> line.time().isPresent()) ? Layout.CAPTIONS
                : hasBlankLineBetweenText(lines) ? Layout.BLANK_LINE_PARAGRAPHS
                : Layout.LINE_PARAGRAPHS;
    }

    /** Whether the token is a possessive's ending, "'s", that a wrapped line broke from its word. */
    static boolean isPossessive(String token) {
        return POSSESSIVE.matcher(token).matches();
    }

    private static boolean hasBlankLineBetweenText(List<ContentLine> lines) {
        int first = -1;
        int last = -1;
        for (int k = 0; k < lines.size(); k++) {
            if (!lines.get(k).isBlank()) {
                first = first < 0 ? k : first;
                last = k;
            }
        }
        for (int k = first + 1; k < last; k++) {
            if (lines.get(k).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * In a file of one paragraph per line, whether line {@code next} carries on the sentence line
     * {@code previous} broke off: after a comma or an abbreviation that stands before a name ("Dr.",
     * "e.g."), after a line too long for a title with no end punctuation, or where the next line
     * starts as no sentence does (lower case, a digit, "'s") and the line before ended no sentence
     * ("et al." and other abbreviations may end one or not).
     */
    boolean wraps(List<String> previous, List<String> next) {
        String last = previous.get(previous.size() - 1);
        String lastWord = last.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (rules.nameAbbreviations().contains(lastWord) || last.endsWith(",") || last.endsWith(";")) {
            return true;
        }
        if (previous.size() > rules.maxTitleWords() && Titles.isLetterOrNumber(last.codePointBefore(last.length()))) {
            return true; // too long for a title, yet no end punctuation: a hard-wrapped line
        }
        String first = next.get(0);
        int c = first.codePointAt(0);
        boolean startsMidSentence = Character.isLowerCase(c) || Character.isDigit(c)
                || isPossessive(first) || ",;:)]".indexOf(c) >= 0;
        return startsMidSentence && (!Titles.endsSentence(last) || isAbbreviation(lastWord));
    }

    /** "et al.", "U.S.", "J.": a full stop that marks a shortened word, so may not end a sentence. */
    private boolean isAbbreviation(String word) {
        return rules.abbreviations().contains(word) || word.matches("(?:\\p{L}\\.){1,4}");
    }
}
