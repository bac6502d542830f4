package dev.recast.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a line's words, taking spoken markup out as structure: "Heading" and "Subheading" words
 * and the titles after them, "Quote … End quote", emphasis words ("Asterisk asterisk"), image and
 * source notes. A title inside running text becomes a block of its own, so it is heard as a phrase.
 * The words that are no markup go to the {@link BlockBuilder}; {@link BlockParser} says which lines
 * are running text.
 */
final class SpokenMarkup {

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:!?]+$");

    private final CleaningRules rules;
    private final Titles titles;
    private final BlockBuilder builder;
    // A heading word seen alone at its line's end, waiting for its title on the next: its level, or 0.
    private int pendingHeading;
    // A quote opener seen at its line's end: the next line is quoted.
    private boolean pendingQuote;
    // The first word of the next line, when that line carries on this paragraph.
    private Optional<String> nextLineStart = Optional.empty();

    SpokenMarkup(CleaningRules rules, Titles titles, BlockBuilder builder) {
        this.rules = rules;
        this.titles = titles;
        this.builder = builder;
    }

    /** The first word of the next line, when that line carries on this one's paragraph: a title may run to it. */
    void setNextLineStart(Optional<String> start) {
        nextLineStart = start;
    }

    /** A quote opener ended the line before: the quoted words start on this line. */
    void openPendingQuote() {
        if (pendingQuote) {
            builder.setInQuote(true);
            pendingQuote = false;
        }
    }

    /**
     * Reads a line of running text. {@code previousLine} is the last non-blank line's tokens (null
     * after Markdown syntax or at the start), to tell whether a "Source." line follows a caption.
     */
    void readLine(ContentLine content, List<String> tokens, List<String> previousLine) {
        int line = content.number();
        if (!builder.inQuote()) {
            if (isSourceNote(tokens, previousLine)) {
                builder.addRemoval(new Removal(line, content.text(), RemovalReason.SOURCE_NOTE));
                return;
            }
            if (pendingHeading > 0) {
                int level = pendingHeading;
                pendingHeading = 0;
                if (readTitle(tokens, level, line)) {
                    return;
                }
            }
        }
        int i = 0;
        while (i < tokens.size()) {
            // A heading word starts its line whatever ended the line before.
            i += i == 0 ? readAt(tokens, 0, line, true) : readAt(tokens, i, line, false);
        }
    }

    /** Reads the words of a "> " quote line: no source note or title from the line before is looked for. */
    void readWords(List<String> tokens, int line) {
        int i = 0;
        while (i < tokens.size()) {
            i += readAt(tokens, i, line, false);
        }
    }

    /**
     * The words of tokens {@code from} to {@code end}, their emphasis marks recorded as
     * removed; punctuation after a closing mark stays with the words.
     */
    List<String> titleWords(List<String> tokens, int from, int end, int line) {
        List<String> title = new ArrayList<>();
        int i = from;
        while (i < end) {
            int n = titles.markAt(tokens, i);
            if (n == 0) {
                title.add(tokens.get(i++));
                continue;
            }
            removeMark(tokens, i, n, line, !title.isEmpty())
                    .ifPresent(punctuation -> title.set(title.size() - 1, title.get(title.size() - 1) + punctuation));
            i += n;
        }
        return title;
    }

    /** Adds a heading if the tokens, emphasis marks aside, read as a title; else records nothing. */
    private boolean readTitle(List<String> tokens, int level, int line) {
        if (!titles.restIsTitle(tokens, 0)) {
            return false;
        }
        builder.addHeading(titleWords(tokens, 0, tokens.size(), line), level, line);
        return true;
    }

    /**
     * Reads the markup, note or word at token {@code i}; returns how many tokens it took. A markup
     * word the parser cannot place is still taken out, never read as a word.
     */
    private int readAt(List<String> tokens, int i, int line, boolean lineStart) {
        int n = Titles.phraseAt(rules.imageNotes(), tokens, i);
        if (n > 0 && atSentenceStart()
                && (i + n == tokens.size() || Titles.endsSentence(tokens.get(i + n - 1)))) {
            remove(tokens, i, n, line, RemovalReason.IMAGE_NOTE);
            return n;
        }
        int level = headingLevel(tokens.get(i));
        if (level > 0 && (lineStart || atSentenceStart()) && (i + 1 == tokens.size()
                || Titles.startsCapitalised(tokens.get(i + 1)) || titles.markAt(tokens, i + 1) > 0)) {
            return readHeading(tokens, i, level, line);
        }
        n = titles.markAt(tokens, i);
        if (n > 0) {
            OptionalInt end = atSentenceStart() ? titles.emphasisedEnd(tokens, i, n) : OptionalInt.empty();
            if (end.isPresent() && startsSentence(following(tokens, end.getAsInt()))) {
                // "Asterisk asterisk Key point asterisk asterisk The tide …": a run-in title, a phrase of its own.
                readPhrase(titleWords(tokens, i, end.getAsInt(), line), line);
                return end.getAsInt() - i;
            }
            removeEmphasis(tokens, i, n, line);
            return n;
        }
        n = isQuoteUnquote(tokens, i) ? 0 : Titles.phraseAt(rules.quoteClosers(), tokens, i);
        if (n > 0 && builder.inQuote()) {
            remove(tokens, i, n, line, RemovalReason.MARKUP);
            builder.endBlock();
            builder.setInQuote(false);
            return n;
        }
        if (n > 0 && (atSentenceStart() || Character.isUpperCase(tokens.get(i).codePointAt(0))
                || i + n == tokens.size() || Titles.endsSentence(tokens.get(i + n - 1)))) {
            // The closer of a quote its paragraph already ended ("End quote." on the next line).
            remove(tokens, i, n, line, RemovalReason.MARKUP);
            return n;
        }
        if (!builder.inQuote() && opensQuote(tokens, i)) {
            remove(tokens, i, 1, line, RemovalReason.MARKUP);
            builder.endBlock();
            if (i + 1 == tokens.size()) {
                pendingQuote = true; // the quoted words start on the next line
            } else {
                builder.setInQuote(true);
            }
            builder.clearPreviousWord(); // a quote starts as a sentence does
            return 1;
        }
        builder.keepWord(tokens.get(i), line);
        return 1;
    }

    /**
     * Reads heading markup at token {@code i} and the title after it: a chapter heading outside a
     * quote, inside one the quoted text's own heading, which ends a phrase. The word goes even
     * where no title follows it.
     */
    private int readHeading(List<String> tokens, int i, int level, int line) {
        remove(tokens, i, 1, line, RemovalReason.MARKUP);
        if (i + 1 == tokens.size()) {
            if (!builder.inQuote()) {
                builder.endBlock();
                pendingHeading = level;
            }
            return 1;
        }
        OptionalInt titleEnd = titles.titleEnd(tokens, i + 1, nextLineStart.isPresent());
        if (titleEnd.isEmpty() || builder.inQuote() && !startsSentence(following(tokens, titleEnd.getAsInt()))) {
            return 1; // no title: the words after it are read as they come
        }
        int end = titleEnd.getAsInt();
        List<String> title = titleWords(tokens, i + 1, end, line);
        if (builder.inQuote() || title.isEmpty()) {
            readPhrase(title, line); // an empty title was all emphasis marks, each recorded
        } else {
            builder.addHeading(title, level, line);
        }
        return end - i;
    }

    /**
     * A title within running text, as a block of its own: the listener hears it as a phrase. A
     * colon after it ("Key point:") goes, so the phrase never reads back as a speaker's label.
     */
    private void readPhrase(List<String> title, int line) {
        builder.endBlock();
        int last = title.size() - 1;
        if (last >= 0 && title.get(last).endsWith(":") && title.get(last).length() > 1) {
            title.set(last, title.get(last).substring(0, title.get(last).length() - 1));
        }
        title.forEach(word -> builder.keepWord(word, line));
        builder.endBlock();
        builder.clearPreviousWord();
    }

    /** The token at {@code k}, or past the line's end the next line's first if it carries on this paragraph. */
    private Optional<String> following(List<String> tokens, int k) {
        return k < tokens.size() ? Optional.of(tokens.get(k)) : nextLineStart;
    }

    /** Whether a title may stand before this word: it starts a sentence, or nothing follows. */
    private static boolean startsSentence(Optional<String> next) {
        return next.map(Titles::startsCapitalised).orElse(true);
    }

    private void remove(List<String> tokens, int from, int count, int line, RemovalReason reason) {
        builder.addRemoval(new Removal(line, String.join(" ", tokens.subList(from, from + count)), reason));
        builder.setPreviousWord(tokens.get(from + count - 1));
    }

    /** Removes an emphasis mark; punctuation after it belongs to the emphasised words before it. */
    private void removeEmphasis(List<String> tokens, int from, int count, int line) {
        removeMark(tokens, from, count, line, builder.hasWords()).ifPresent(builder::appendToLastWord);
        builder.setPreviousWord(tokens.get(from + count - 1));
    }

    /**
     * Records an emphasis mark as removed. Returns the punctuation after it when it follows
     * {@code afterWords}, for the last of the emphasised words; else the punctuation goes with it.
     */
    private Optional<String> removeMark(List<String> tokens, int from, int count, int line, boolean afterWords) {
        String last = tokens.get(from + count - 1);
        Matcher punctuation = TRAILING_PUNCTUATION.matcher(last);
        if (afterWords && punctuation.find()) {
            List<String> mark = new ArrayList<>(tokens.subList(from, from + count - 1));
            mark.add(last.substring(0, punctuation.start()));
            builder.addRemoval(new Removal(line, String.join(" ", mark), RemovalReason.MARKUP));
            return Optional.of(punctuation.group());
        }
        String mark = String.join(" ", tokens.subList(from, from + count));
        builder.addRemoval(new Removal(line, mark, RemovalReason.MARKUP));
        return Optional.empty();
    }

    /**
     * A heading word as markup: capitalised, nothing after it but an optional full stop or colon.
     * Returns its level, or 0.
     */
    private int headingLevel(String token) {
        if (!Character.isUpperCase(token.codePointAt(0)) || !token.matches("\\p{L}+[.:]?")) {
            return 0;
        }
        return rules.headingWords().getOrDefault(Titles.bare(token), 0);
    }

    /**
     * "Quote" as markup: it introduces words after it (on its line or the next), and it starts a
     * sentence capitalised or follows a comma or colon ("… responds, Quote …", "she said, quote, …").
     */
    private boolean opensQuote(List<String> tokens, int i) {
        String token = tokens.get(i);
        if (!rules.quoteOpeners().contains(Titles.bare(token)) || isQuoteUnquote(tokens, i + 1)) {
            return false;
        }
        boolean capitalisedAtSentenceStart = atSentenceStart() && Character.isUpperCase(token.codePointAt(0));
        return capitalisedAtSentenceStart || builder.previousWord().filter(Titles::endsClause).isPresent();
    }

    /** Whether token {@code i} is the "unquote" of "quote unquote", an idiom ("a quote unquote expert"). */
    private boolean isQuoteUnquote(List<String> tokens, int i) {
        return i > 0 && i < tokens.size()
                && Titles.phraseAt(rules.quoteClosers(), tokens, i) == 1
                && rules.quoteOpeners().contains(Titles.bare(tokens.get(i - 1)));
    }

    private boolean isSourceNote(List<String> tokens, List<String> previousLine) {
        return rules.sourceNote().matcher(String.join(" ", tokens)).matches() && previousLine != null
                && previousLine.size() <= rules.maxCaptionWords() && headingLevel(previousLine.get(0)) == 0
                && !rules.sourceNote().matcher(String.join(" ", previousLine)).matches();
    }

    private boolean atSentenceStart() {
        return builder.previousWord().map(Titles::endsSentence).orElse(true);
    }
}
