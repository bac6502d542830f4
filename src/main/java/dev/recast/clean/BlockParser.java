package dev.recast.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a section's content lines into blocks, reading spoken markup as structure: "Heading" and
 * "Subheading" lines, "Quote … End quote", "Asterisk asterisk", image and source notes.
 *
 * <p>A file with blank lines between its lines is read as blank-line-separated paragraphs; a file
 * without is read as one paragraph per line, as narrated transcripts are written. A quote ends with
 * its closing phrase or with its paragraph. One parser reads one section, front to back.
 */
final class BlockParser {

    /** The blocks of a section, and the markup and notes taken out on the way. */
    record Result(List<Block> blocks, List<Removal> removals) {
        Result {
            blocks = List.copyOf(blocks);
            removals = List.copyOf(removals);
        }
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:!?]+$");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?][\"”’')]*");
    private static final Pattern CLAUSE_END = Pattern.compile(".*[,:;]");

    private final CleaningRules rules;
    // The turn that starts on a line, by the line's index: its speaker, if named.
    private final Map<Integer, Optional<String>> turns;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Removal> removals = new ArrayList<>();

    // The block being read: its words so far, the line each came from, and the line it starts on.
    private final List<String> words = new ArrayList<>();
    private final List<ContentLine> wordLines = new ArrayList<>();
    // The line being read: a source line split at a sound note is several, so its number is not enough.
    private ContentLine currentLine;
    private int blockLine;
    private boolean inQuote;
    // The last word read in this paragraph, kept or not; null at a paragraph's start.
    private String previousWord;
    // A heading word seen alone on its line, waiting for its title on the next: its level, or 0.
    private int pendingHeading;
    // The last non-blank line read, to tell whether a "Source." line follows a caption.
    private List<String> previousLine;
    // Who is speaking: the last turn's speaker, carried over to unlabeled paragraphs.
    private String speaker;

    private BlockParser(CleaningRules rules, Map<Integer, Optional<String>> turns) {
        this.rules = rules;
        this.turns = turns;
    }

    static Result parse(CleaningRules rules, List<ContentLine> lines, Map<Integer, Optional<String>> turns) {
        BlockParser parser = new BlockParser(rules, turns);
        parser.read(lines);
        return new Result(parser.blocks, parser.removals);
    }

    private void read(List<ContentLine> lines) {
        // Caption cues are pieces of running speech, never a paragraph each.
        boolean blankLineParagraphs = hasBlankLineBetweenText(lines)
                || lines.stream().anyMatch(line -> line.time().isPresent());
        for (int k = 0; k < lines.size(); k++) {
            ContentLine line = lines.get(k);
            if (line.isBlank()) {
                if (blankLineParagraphs) {
                    endParagraph();
                }
                continue;
            }
            // A line split where a sound note stood is still one line of the source.
            boolean restOfLine = k > 0 && lines.get(k - 1).number() == line.number();
            if (!blankLineParagraphs && !restOfLine || turns.containsKey(k)) {
                endParagraph();
            }
            if (turns.containsKey(k)) {
                speaker = turns.get(k).orElse(null);
            }
            List<String> tokens = WHITESPACE.splitAsStream(line.text()).filter(t -> !t.isEmpty()).toList();
            currentLine = line;
            readLine(line, tokens);
            previousLine = tokens;
        }
        endParagraph();
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

    private void readLine(ContentLine content, List<String> tokens) {
        int line = content.number();
        if (!inQuote) {
            if (isSourceNote(tokens)) {
                removals.add(new Removal(line, content.text(), RemovalReason.SOURCE_NOTE));
                return;
            }
            if (pendingHeading > 0) {
                int level = pendingHeading;
                pendingHeading = 0;
                if (readTitle(tokens, level, line)) {
                    return;
                }
            }
            int level = headingLevel(tokens.get(0));
            if (level > 0 && tokens.size() == 1) {
                endBlock();
                removals.add(new Removal(line, tokens.get(0), RemovalReason.MARKUP));
                pendingHeading = level;
                return;
            }
            int headingWord = removals.size();
            if (level > 0 && (readRunInHeading(tokens, level, line)
                    || readTitle(tokens.subList(1, tokens.size()), level, line))) {
                removals.add(headingWord, new Removal(line, tokens.get(0), RemovalReason.MARKUP));
                return;
            }
        }
        readWords(tokens, line);
    }

    /** Adds a heading if the tokens, emphasis marks aside, read as a title; else records nothing. */
    private boolean readTitle(List<String> tokens, int level, int line) {
        List<String> title = new ArrayList<>();
        List<Removal> marks = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int n = phraseAt(rules.emphasisMarks(), tokens, i);
            if (n > 0) {
                marks.add(new Removal(line, String.join(" ", tokens.subList(i, i + n)), RemovalReason.MARKUP));
                i += n;
            } else {
                title.add(tokens.get(i++));
            }
        }
        if (!isTitle(title)) {
            return false;
        }
        removals.addAll(marks);
        addHeading(title, level, line);
        return true;
    }

    /**
     * "Heading Introduction What sort of thing is a persona?": a title and its first sentence on one
     * line. The title ends before the first sentence opener followed by a lower-case word (so "Why
     * It Matters It is…" keeps "It Matters"), when what follows ends as a sentence does. Reads the
     * tokens after the heading word; records nothing when the line does not read so.
     */
    private boolean readRunInHeading(List<String> tokens, int level, int line) {
        if (!SENTENCE_END.matcher(tokens.get(tokens.size() - 1)).matches()) {
            return false;
        }
        int last = Math.min(rules.maxRunInTitleWords() + 1, tokens.size() - 2);
        for (int k = 2; k <= last; k++) {
            String word = tokens.get(k);
            if (SENTENCE_END.matcher(tokens.get(k - 1)).matches()) {
                return false; // the title would hold a sentence: not a run-in heading
            }
            if (rules.sentenceOpeners().contains(word.replace('’', '\''))
                    && Character.isLowerCase(tokens.get(k + 1).codePointAt(0))) {
                if (!readTitle(tokens.subList(1, k), level, line)) {
                    return false;
                }
                readWords(tokens.subList(k, tokens.size()), line);
                return true;
            }
        }
        return false;
    }

    private void readWords(List<String> tokens, int line) {
        int i = 0;
        while (i < tokens.size()) {
            i += readAt(tokens, i, line);
        }
    }

    /** Reads the markup, note or word at token {@code i}; returns how many tokens it took. */
    private int readAt(List<String> tokens, int i, int line) {
        int n = phraseAt(rules.imageNotes(), tokens, i);
        if (n > 0 && atSentenceStart()
                && (i + n == tokens.size() || SENTENCE_END.matcher(tokens.get(i + n - 1)).matches())) {
            remove(tokens, i, n, line, RemovalReason.IMAGE_NOTE);
            return n;
        }
        n = phraseAt(rules.emphasisMarks(), tokens, i);
        if (n > 0) {
            removeEmphasis(tokens, i, n, line);
            return n;
        }
        n = isQuoteUnquote(tokens, i) ? 0 : phraseAt(rules.quoteClosers(), tokens, i);
        if (n > 0 && inQuote) {
            remove(tokens, i, n, line, RemovalReason.MARKUP);
            endBlock();
            inQuote = false;
            return n;
        }
        if (n > 0 && atSentenceStart()) {
            // The closer of a quote its paragraph already ended ("End quote." on the next line).
            remove(tokens, i, n, line, RemovalReason.MARKUP);
            return n;
        }
        if (inQuote && isHeadingInQuote(tokens, i)) {
            remove(tokens, i, 1, line, RemovalReason.MARKUP);
            return 1;
        }
        if (!inQuote && opensQuote(tokens, i)) {
            remove(tokens, i, 1, line, RemovalReason.MARKUP);
            endBlock();
            inQuote = true;
            return 1;
        }
        if (words.isEmpty()) {
            blockLine = line;
        }
        words.add(tokens.get(i));
        wordLines.add(currentLine);
        previousWord = tokens.get(i);
        return 1;
    }

    private void remove(List<String> tokens, int from, int count, int line, RemovalReason reason) {
        removals.add(new Removal(line, String.join(" ", tokens.subList(from, from + count)), reason));
        previousWord = tokens.get(from + count - 1);
    }

    /** Removes an emphasis mark; punctuation after it belongs to the emphasised words before it. */
    private void removeEmphasis(List<String> tokens, int from, int count, int line) {
        String last = tokens.get(from + count - 1);
        var punctuation = TRAILING_PUNCTUATION.matcher(last);
        if (!words.isEmpty() && punctuation.find()) {
            List<String> mark = new ArrayList<>(tokens.subList(from, from + count - 1));
            mark.add(last.substring(0, punctuation.start()));
            removals.add(new Removal(line, String.join(" ", mark), RemovalReason.MARKUP));
            words.set(words.size() - 1, words.get(words.size() - 1) + punctuation.group());
            previousWord = last;
        } else {
            remove(tokens, from, count, line, RemovalReason.MARKUP);
        }
    }

    private void addHeading(List<String> titleWords, int level, int line) {
        endBlock();
        String title = String.join(" ", titleWords);
        if (title.endsWith(".") && !title.endsWith("..")) {
            // Narration ends every line with a full stop; a title has none.
            title = title.substring(0, title.length() - 1);
        }
        blocks.add(new Heading(title, level, line));
        previousWord = null;
    }

    /**
     * A heading word as markup: capitalised, nothing after it but an optional full stop or colon.
     * Returns its level, or 0.
     */
    private int headingLevel(String token) {
        if (!Character.isUpperCase(token.codePointAt(0)) || !token.matches("\\p{L}+[.:]?")) {
            return 0;
        }
        return rules.headingWords().getOrDefault(bare(token), 0);
    }

    /** A title: short, capitalised, one sentence at most, not left hanging on a comma. */
    private boolean isTitle(List<String> tokens) {
        if (tokens.isEmpty() || tokens.size() > rules.maxTitleWords()) {
            return false;
        }
        int first = tokens.get(0).codePointAt(0);
        if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
            return false;
        }
        for (String token : tokens.subList(0, tokens.size() - 1)) {
            if (SENTENCE_END.matcher(token).matches()) {
                return false;
            }
        }
        return !CLAUSE_END.matcher(tokens.get(tokens.size() - 1)).matches();
    }

    /** Inside a quote, "Heading" or "Subheading" before a capitalised title is the quoted text's markup. */
    private boolean isHeadingInQuote(List<String> tokens, int i) {
        return headingLevel(tokens.get(i)) > 0
                && i + 1 < tokens.size()
                && Character.isUpperCase(tokens.get(i + 1).codePointAt(0));
    }

    /**
     * "Quote" as markup: it introduces words after it, and it starts a sentence capitalised or
     * follows a comma or colon ("… responds, Quote …", "she said, quote, …").
     */
    private boolean opensQuote(List<String> tokens, int i) {
        String token = tokens.get(i);
        if (!rules.quoteOpeners().contains(bare(token)) || i + 1 >= tokens.size() || isQuoteUnquote(tokens, i + 1)) {
            return false;
        }
        boolean capitalisedAtSentenceStart = atSentenceStart() && Character.isUpperCase(token.codePointAt(0));
        return capitalisedAtSentenceStart || (previousWord != null && CLAUSE_END.matcher(previousWord).matches());
    }

    /** Whether token {@code i} is the "unquote" of "quote unquote", an idiom ("a quote unquote expert"). */
    private boolean isQuoteUnquote(List<String> tokens, int i) {
        return i > 0 && i < tokens.size()
                && phraseAt(rules.quoteClosers(), tokens, i) == 1
                && rules.quoteOpeners().contains(bare(tokens.get(i - 1)));
    }

    private boolean isSourceNote(List<String> tokens) {
        return rules.sourceNote().matcher(String.join(" ", tokens)).matches() && previousLine != null
                && previousLine.size() <= rules.maxCaptionWords() && headingLevel(previousLine.get(0)) == 0
                && !rules.sourceNote().matcher(String.join(" ", previousLine)).matches();
    }

    private boolean atSentenceStart() {
        return previousWord == null || SENTENCE_END.matcher(previousWord).matches();
    }

    /** The length of the longest phrase that starts at token {@code i}, or 0. */
    private static int phraseAt(List<String> phrases, List<String> tokens, int i) {
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
    private static String bare(String token) {
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
    private static boolean isLetterOrNumber(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private void endBlock() {
        if (!words.isEmpty()) {
            List<Run> runs = runs();
            blocks.add(inQuote ? new Quote(runs, speaker, blockLine) : new Paragraph(runs, speaker, blockLine));
            words.clear();
            wordLines.clear();
        }
    }

    /** The block's words, one run for each line's words, with the line's source time and pause. */
    private List<Run> runs() {
        List<Run> runs = new ArrayList<>();
        int from = 0;
        for (int k = 1; k <= words.size(); k++) {
            if (k == words.size() || wordLines.get(k) != wordLines.get(from)) {
                ContentLine line = wordLines.get(from);
                runs.add(new Run(String.join(" ", words.subList(from, k)), line.time(), line.pauseAfter()));
                from = k;
            }
        }
        return runs;
    }

    private void endParagraph() {
        endBlock();
        inQuote = false;
        previousWord = null;
    }
}
