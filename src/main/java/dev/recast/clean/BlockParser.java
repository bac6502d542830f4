package dev.recast.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a section's content lines into blocks, reading spoken markup as structure: "Heading" and
 * "Subheading" lines, "Quote … End quote", "Asterisk asterisk", image and source notes.
 *
 * <p>A file with blank lines between its lines is read as blank-line-separated paragraphs; a file
 * without is read as one paragraph per line, as narrated transcripts are written, except where a
 * line breaks off mid-sentence. A quote ends with its closing phrase or with its paragraph. A title
 * inside running text (a quoted text's own heading, an emphasised run-in title) becomes a block of
 * its own, so it is heard as a phrase. Outside caption text, Markdown's block syntax is read too:
 * headings, "> " quotes, lists, tables, rules, fenced code. One parser reads one section, front to
 * back.
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
    // A possessive ending a wrapped line left at the start of the next: "'s setting."
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s(?!\\p{L}).*");

    // Markdown block syntax, read in sections without caption times (more in Markdown).
    // Any indent: a nested list's items are read as items too.
    private static final Pattern BULLET = Pattern.compile("\\s*([-*+]|\\d{1,3}[.)])\\s+(?=\\S)");
    private static final Pattern BRACKETED = Pattern.compile("\\[[^\\]]*]|\\([^)]*\\)");
    private static final Pattern TABLE_ROW = Pattern.compile("\\s*\\|.*\\|\\s*");
    private static final Pattern TABLE_DELIMITER = Pattern.compile("\\s*\\|(?:\\s*:?-+:?\\s*\\|)+\\s*");

    private final CleaningRules rules;
    private final Titles titles;
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
    // A heading word seen alone at its line's end, waiting for its title on the next: its level, or 0.
    private int pendingHeading;
    // A quote opener seen at its line's end: the next line is quoted.
    private boolean pendingQuote;
    // The last non-blank line read, to tell whether a "Source." line follows a caption.
    private List<String> previousLine;
    // The first word of the next line, when that line carries on this paragraph.
    private Optional<String> nextLineStart = Optional.empty();
    // Who is speaking: the last turn's speaker, carried over to unlabeled paragraphs.
    private String speaker;
    // Who spoke before a "> " quote, which may name its own speaker for itself alone.
    private String speakerBeforeQuote;
    // The Markdown heading levels ("#" counts) this section uses for speakers' names, not titles.
    private Set<Integer> speakerHeadingLevels = Set.of();

    private BlockParser(CleaningRules rules, Map<Integer, Optional<String>> turns) {
        this.rules = rules;
        this.titles = new Titles(rules);
        this.turns = turns;
    }

    static Result parse(CleaningRules rules, List<ContentLine> lines, Map<Integer, Optional<String>> turns) {
        BlockParser parser = new BlockParser(rules, turns);
        parser.read(lines);
        return new Result(parser.blocks, parser.removals);
    }

    /** How the lines of a section make paragraphs. */
    private enum Layout {
        /** Caption text: lines join until a blank line or a speaker turn; no Markdown. */
        CAPTIONS,
        /** Lines join until a blank line or a speaker turn. */
        BLANK_LINE_PARAGRAPHS,
        /** Each line a paragraph, as narrated transcripts are written, unless it wraps mid-sentence. */
        LINE_PARAGRAPHS
    }

    private void read(List<ContentLine> lines) {
        // Caption cues are pieces of running speech, never a paragraph each.
        Layout layout = lines.stream().anyMatch(line -> line.time().isPresent()) ? Layout.CAPTIONS
                : hasBlankLineBetweenText(lines) ? Layout.BLANK_LINE_PARAGRAPHS
                : Layout.LINE_PARAGRAPHS;
        boolean markdown = Markdown.isMarkdown(lines);
        List<List<String>> tokenized = lines.stream().map(BlockParser::tokens).toList();
        speakerHeadingLevels = markdown ? speakerHeadingLevels(lines) : Set.of();
        boolean inMarkdownQuote = false;
        for (int k = 0; k < lines.size(); k++) {
            ContentLine line = lines.get(k);
            currentLine = line;
            boolean quoteLine = layout != Layout.CAPTIONS && Markdown.BLOCKQUOTE.matcher(line.text()).matches();
            if (inMarkdownQuote && !quoteLine && !line.isBlank() && !Markdown.isBlockLine(line)
                    && layout == Layout.BLANK_LINE_PARAGRAPHS) {
                quoteLine = true; // a lazy line: it carries on the quote above it without its own "> "
                inQuote = true;
            } else if (inMarkdownQuote && !quoteLine) {
                endParagraph();
                speaker = speakerBeforeQuote;
                inMarkdownQuote = false;
            }
            if (line.isBlank()) {
                if (layout != Layout.LINE_PARAGRAPHS) {
                    endParagraph();
                }
                continue;
            }
            if (layout != Layout.CAPTIONS) {
                if (quoteLine && !inMarkdownQuote) {
                    speakerBeforeQuote = speaker;
                }
                int read = readMarkdown(lines, k, markdown || isListItem(lines, k), inMarkdownQuote,
                        layout == Layout.LINE_PARAGRAPHS || words.isEmpty());
                if (read > 0) {
                    inMarkdownQuote = quoteLine;
                    previousLine = null;
                    k += read - 1;
                    continue;
                }
            }
            List<String> tokens = tokenized.get(k);
            if (inMarkdownQuote) {
                readWords(tokens, line.number());
                continue;
            }
            boolean turn = isNewVoice(layout, k);
            // A line split where a sound note stood is still one line of the source.
            boolean restOfLine = k > 0 && lines.get(k - 1).number() == line.number();
            boolean carriesOn = !turn && !words.isEmpty() && (layout != Layout.LINE_PARAGRAPHS || restOfLine
                    || previousLine != null && wraps(previousLine, tokens));
            if (!carriesOn) {
                endParagraph();
            }
            if (pendingQuote) {
                inQuote = true;
                pendingQuote = false;
            }
            if (turns.containsKey(k)) {
                speaker = turns.get(k).orElse(null);
            }
            nextLineStart = nextLineStart(lines, tokenized, k, layout);
            if (carriesOn && POSSESSIVE.matcher(tokens.get(0)).matches()) {
                // "Minder" / "'s setting": the possessive belongs to the word the line broke after.
                words.set(words.size() - 1, words.get(words.size() - 1) + tokens.get(0));
                previousWord = tokens.get(0);
                tokens = tokens.subList(1, tokens.size());
            }
            if (!tokens.isEmpty()) {
                readLine(line, tokens);
            }
            previousLine = tokenized.get(k);
        }
        endParagraph();
    }

    /**
     * Whether a new speaker's turn starts on line {@code k}. Zoom labels every caption cue, so in
     * captions a label naming the speaker already talking goes on with their paragraph.
     */
    private boolean isNewVoice(Layout layout, int k) {
        if (!turns.containsKey(k)) {
            return false;
        }
        Optional<String> named = turns.get(k);
        return !(layout == Layout.CAPTIONS && named.isPresent() && named.get().equals(speaker));
    }

    private static List<String> tokens(ContentLine line) {
        return WHITESPACE.splitAsStream(line.text()).filter(t -> !t.isEmpty()).toList();
    }

    /** The first word of the line after line {@code k}, if that line carries on line {@code k}'s paragraph. */
    private Optional<String> nextLineStart(List<ContentLine> lines, List<List<String>> tokenized, int k,
            Layout layout) {
        if (k + 1 >= lines.size() || lines.get(k + 1).isBlank() || turns.containsKey(lines.get(k + 1).number())
                || layout != Layout.CAPTIONS && Markdown.isBlockLine(lines.get(k + 1))) {
            return Optional.empty();
        }
        List<String> next = tokenized.get(k + 1);
        return layout != Layout.LINE_PARAGRAPHS || wraps(tokenized.get(k), next) ? Optional.of(next.get(0))
                : Optional.empty();
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
    private boolean wraps(List<String> previous, List<String> next) {
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
                || POSSESSIVE.matcher(first).matches() || ",;:)]".indexOf(c) >= 0;
        return startsMidSentence && (!Titles.endsSentence(last) || isAbbreviation(lastWord));
    }

    /** "et al.", "U.S.", "J.": a full stop that marks a shortened word, so may not end a sentence. */
    private boolean isAbbreviation(String word) {
        return rules.abbreviations().contains(word) || word.matches("(?:\\p{L}\\.){1,4}");
    }

    /**
     * Reads the Markdown block syntax at line {@code k}: headings, rules, fenced code, a quote line,
     * a list item. Returns how many lines it took, 0 when line {@code k} is none of these.
     */
    private int readMarkdown(List<ContentLine> lines, int k, boolean lists, boolean inMarkdownQuote,
            boolean startsParagraph) {
        ContentLine line = lines.get(k);
        String text = line.text();
        Matcher fence = Markdown.FENCE.matcher(text);
        if (fence.matches()) {
            endParagraph();
            int end = k + 1;
            while (end < lines.size() && !lines.get(end).text().strip().startsWith(fence.group(1))) {
                end++;
            }
            for (int j = k; j <= Math.min(end, lines.size() - 1); j++) {
                if (!lines.get(j).isBlank()) {
                    removals.add(new Removal(lines.get(j).number(), lines.get(j).text().strip(), RemovalReason.CODE));
                }
            }
            return Math.min(end, lines.size() - 1) - k + 1;
        }
        Matcher atx = Markdown.ATX_HEADING.matcher(text);
        if (atx.matches() && speakerHeadingLevels.contains(atx.group(1).length()) && atx.group(2) != null) {
            // "#### ARCHIVIST": whose turn it is, as some Markdown transcripts write it.
            endParagraph();
            removals.add(new Removal(line.number(), text.strip(), RemovalReason.SPEAKER_LABEL));
            speaker = atx.group(2).strip();
            return 1;
        }
        if (atx.matches()) {
            endParagraph();
            String title = atx.group(2) == null ? "" : atx.group(2).strip();
            String marks = title.isEmpty() ? text.strip()
                    : text.strip().replace(title, "").replaceAll("\\s+", " ").strip();
            removals.add(new Removal(line.number(), marks, RemovalReason.MARKUP));
            if (BRACKETED.matcher(title).matches()) {
                // "##### [CLICK]": a sound annotation set as a heading is no chapter title.
                readLine(line, tokens(line.withText(title)));
            } else if (!title.isEmpty()) {
                List<String> words = tokens(line.withText(title));
                addHeading(titleWords(words, 0, words.size(), line.number()), Math.min(atx.group(1).length(), 2),
                        line.number());
            }
            return 1;
        }
        if (k + 1 < lines.size() && Markdown.SETEXT_UNDERLINE.matcher(lines.get(k + 1).text()).matches()
                && startsParagraph && !Markdown.BLOCKQUOTE.matcher(text).matches() && titles.isTitle(tokens(line))
                && !text.strip().endsWith(".")) {
            endParagraph();
            addHeading(titleWords(tokens(line), 0, tokens(line).size(), line.number()),
                    lines.get(k + 1).text().strip().startsWith("=") ? 1 : 2, line.number());
            removals.add(new Removal(lines.get(k + 1).number(), lines.get(k + 1).text().strip(), RemovalReason.MARKUP));
            return 2;
        }
        if (Markdown.RULE.matcher(text).matches()) {
            endParagraph();
            removals.add(new Removal(line.number(), text.strip(), RemovalReason.MARKUP));
            return 1;
        }
        Matcher quote = Markdown.BLOCKQUOTE.matcher(text);
        if (quote.matches()) {
            readQuoteLine(line, quote.group(1), inMarkdownQuote);
            return 1;
        }
        if (markdownTable(lines, k) && TABLE_DELIMITER.matcher(text).matches()) {
            removals.add(new Removal(line.number(), text.strip(), RemovalReason.MARKUP));
            return 1;
        }
        if (markdownTable(lines, k)) {
            // A table row reads as its cells, one after another, a block of its own.
            endParagraph();
            removals.add(new Removal(line.number(), "|", RemovalReason.MARKUP));
            List<String> cells = Arrays.stream(text.strip().split("\\|")).map(String::strip)
                    .filter(c -> !c.isEmpty()).toList();
            if (!cells.isEmpty()) {
                readLine(line, tokens(line.withText(String.join(", ", cells))));
            }
            return 1;
        }
        Matcher bullet = BULLET.matcher(text);
        if (lists && bullet.lookingAt()) {
            endParagraph();
            removals.add(new Removal(line.number(), bullet.group(1), RemovalReason.MARKUP));
            List<String> item = tokens(line.withText(text.substring(bullet.end())));
            readLine(line, item);
            return 1;
        }
        return 0;
    }

    /** A "> " line: a quote, or more of the quote the lines above it began; it may name its speaker. */
    private void readQuoteLine(ContentLine line, String rest, boolean inMarkdownQuote) {
        removals.add(new Removal(line.number(), ">", RemovalReason.MARKUP));
        if (!inMarkdownQuote || rest.isBlank()) {
            endParagraph();
        }
        Matcher label = rules.turns().speakerLabel().matcher(rest);
        if (label.find() && rules.turns().namesSpeaker(label.group("name"))) {
            endParagraph();
            removals.add(new Removal(line.number(), label.group().strip(), RemovalReason.SPEAKER_LABEL));
            speaker = label.group("name");
            rest = rest.substring(label.end());
        }
        if (!rest.isBlank()) {
            inQuote = true;
            nextLineStart = Optional.empty();
            readWords(WHITESPACE.splitAsStream(rest.strip()).toList(), line.number());
        }
    }

    /**
     * The heading levels whose headings all read as speakers' names and repeat one ("#### DAISY",
     * "#### MARTIN", "#### DAISY"): a transcript's turns. Titles of an article do not repeat.
     */
    private Set<Integer> speakerHeadingLevels(List<ContentLine> lines) {
        Map<Integer, List<String>> namesByLevel = new HashMap<>();
        for (ContentLine line : lines) {
            Matcher atx = Markdown.ATX_HEADING.matcher(line.text());
            if (atx.matches() && atx.group(2) != null) {
                namesByLevel.computeIfAbsent(atx.group(1).length(), level -> new ArrayList<>())
                        .add(atx.group(2).strip());
            }
        }
        Set<Integer> levels = new HashSet<>();
        namesByLevel.forEach((level, names) -> {
            if (names.size() > new HashSet<>(names).size() && names.stream().allMatch(this::isSpeakerName)) {
                levels.add(level);
            }
        });
        return levels;
    }

    /** Whether a heading's title is a name as speaker labels give them ("Speaker 2", "DAISY", "Ada Quill"). */
    private boolean isSpeakerName(String title) {
        Matcher label = rules.turns().speakerLabel().matcher(title + ":");
        return label.matches() && label.group("name").equals(title) && rules.turns().namesSpeaker(title);
    }

    /** Whether line {@code k} is a row of a table: pipes around it, and a delimiter row in its run of rows. */
    private static boolean markdownTable(List<ContentLine> lines, int k) {
        if (!TABLE_ROW.matcher(lines.get(k).text()).matches()) {
            return false;
        }
        int first = k;
        while (first > 0 && TABLE_ROW.matcher(lines.get(first - 1).text()).matches()) {
            first--;
        }
        return first + 1 < lines.size() && TABLE_DELIMITER.matcher(lines.get(first + 1).text()).matches();
    }

    /** A bullet line among bullet lines: a list, not a line that happens to start with a dash. */
    private static boolean isListItem(List<ContentLine> lines, int k) {
        if (!BULLET.matcher(lines.get(k).text()).lookingAt()) {
            return false;
        }
        return neighbour(lines, k, -1).filter(l -> BULLET.matcher(l.text()).lookingAt()).isPresent()
                || neighbour(lines, k, 1).filter(l -> BULLET.matcher(l.text()).lookingAt()).isPresent();
    }

    /** The nearest non-blank line before ({@code step} -1) or after (+1) line {@code k}. */
    private static Optional<ContentLine> neighbour(List<ContentLine> lines, int k, int step) {
        for (int j = k + step; j >= 0 && j < lines.size(); j += step) {
            if (!lines.get(j).isBlank()) {
                return Optional.of(lines.get(j));
            }
        }
        return Optional.empty();
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
        }
        int i = 0;
        while (i < tokens.size()) {
            // A heading word starts its line whatever ended the line before.
            i += i == 0 ? readAt(tokens, 0, line, true) : readAt(tokens, i, line, false);
        }
    }

    /** Adds a heading if the tokens, emphasis marks aside, read as a title; else records nothing. */
    private boolean readTitle(List<String> tokens, int level, int line) {
        if (!titles.restIsTitle(tokens, 0)) {
            return false;
        }
        addHeading(titleWords(tokens, 0, tokens.size(), line), level, line);
        return true;
    }

    /**
     * The words of tokens {@code from} to {@code end}, their emphasis marks recorded as
     * removed; punctuation after a closing mark stays with the words.
     */
    private List<String> titleWords(List<String> tokens, int from, int end, int line) {
        List<String> title = new ArrayList<>();
        int i = from;
        while (i < end) {
            int n = titles.markAt(tokens, i);
            if (n == 0) {
                title.add(tokens.get(i++));
                continue;
            }
            removeMark(tokens, i, n, line, title);
            i += n;
        }
        return title;
    }

    private void readWords(List<String> tokens, int line) {
        int i = 0;
        while (i < tokens.size()) {
            i += readAt(tokens, i, line, false);
        }
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
        if (n > 0 && inQuote) {
            remove(tokens, i, n, line, RemovalReason.MARKUP);
            endBlock();
            inQuote = false;
            return n;
        }
        if (n > 0 && (atSentenceStart() || Character.isUpperCase(tokens.get(i).codePointAt(0))
                || i + n == tokens.size() || Titles.endsSentence(tokens.get(i + n - 1)))) {
            // The closer of a quote its paragraph already ended ("End quote." on the next line).
            remove(tokens, i, n, line, RemovalReason.MARKUP);
            return n;
        }
        if (!inQuote && opensQuote(tokens, i)) {
            remove(tokens, i, 1, line, RemovalReason.MARKUP);
            endBlock();
            if (i + 1 == tokens.size()) {
                pendingQuote = true; // the quoted words start on the next line
            } else {
                inQuote = true;
            }
            previousWord = null; // a quote starts as a sentence does
            return 1;
        }
        keepWord(tokens.get(i), line);
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
            if (!inQuote) {
                endBlock();
                pendingHeading = level;
            }
            return 1;
        }
        OptionalInt titleEnd = titles.titleEnd(tokens, i + 1, nextLineStart.isPresent());
        if (titleEnd.isEmpty() || inQuote && !startsSentence(following(tokens, titleEnd.getAsInt()))) {
            return 1; // no title: the words after it are read as they come
        }
        int end = titleEnd.getAsInt();
        List<String> title = titleWords(tokens, i + 1, end, line);
        if (inQuote || title.isEmpty()) {
            readPhrase(title, line); // an empty title was all emphasis marks, each recorded
        } else {
            addHeading(title, level, line);
        }
        return end - i;
    }

    /**
     * A title within running text, as a block of its own: the listener hears it as a phrase. A
     * colon after it ("Key point:") goes, so the phrase never reads back as a speaker's label.
     */
    private void readPhrase(List<String> title, int line) {
        endBlock();
        int last = title.size() - 1;
        if (last >= 0 && title.get(last).endsWith(":") && title.get(last).length() > 1) {
            title.set(last, title.get(last).substring(0, title.get(last).length() - 1));
        }
        title.forEach(word -> keepWord(word, line));
        endBlock();
        previousWord = null;
    }

    /** The token at {@code k}, or past the line's end the next line's first if it carries on this paragraph. */
    private Optional<String> following(List<String> tokens, int k) {
        return k < tokens.size() ? Optional.of(tokens.get(k)) : nextLineStart;
    }

    /** Whether a title may stand before this word: it starts a sentence, or nothing follows. */
    private static boolean startsSentence(Optional<String> next) {
        return next.map(Titles::startsCapitalised).orElse(true);
    }

    private void keepWord(String token, int line) {
        if (words.isEmpty()) {
            blockLine = line;
        }
        words.add(token);
        wordLines.add(currentLine);
        previousWord = token;
    }

    private void remove(List<String> tokens, int from, int count, int line, RemovalReason reason) {
        removals.add(new Removal(line, String.join(" ", tokens.subList(from, from + count)), reason));
        previousWord = tokens.get(from + count - 1);
    }

    /** Removes an emphasis mark; punctuation after it belongs to the emphasised words before it. */
    private void removeEmphasis(List<String> tokens, int from, int count, int line) {
        removeMark(tokens, from, count, line, words);
        previousWord = tokens.get(from + count - 1);
    }

    /** Records an emphasis mark as removed; punctuation after it goes to the last of {@code emphasised}. */
    private void removeMark(List<String> tokens, int from, int count, int line, List<String> emphasised) {
        String last = tokens.get(from + count - 1);
        var punctuation = TRAILING_PUNCTUATION.matcher(last);
        if (!emphasised.isEmpty() && punctuation.find()) {
            List<String> mark = new ArrayList<>(tokens.subList(from, from + count - 1));
            mark.add(last.substring(0, punctuation.start()));
            removals.add(new Removal(line, String.join(" ", mark), RemovalReason.MARKUP));
            emphasised.set(emphasised.size() - 1, emphasised.get(emphasised.size() - 1) + punctuation.group());
        } else {
            removals.add(new Removal(line, String.join(" ", tokens.subList(from, from + count)), RemovalReason.MARKUP));
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
        return capitalisedAtSentenceStart || (previousWord != null && Titles.endsClause(previousWord));
    }

    /** Whether token {@code i} is the "unquote" of "quote unquote", an idiom ("a quote unquote expert"). */
    private boolean isQuoteUnquote(List<String> tokens, int i) {
        return i > 0 && i < tokens.size()
                && Titles.phraseAt(rules.quoteClosers(), tokens, i) == 1
                && rules.quoteOpeners().contains(Titles.bare(tokens.get(i - 1)));
    }

    private boolean isSourceNote(List<String> tokens) {
        return rules.sourceNote().matcher(String.join(" ", tokens)).matches() && previousLine != null
                && previousLine.size() <= rules.maxCaptionWords() && headingLevel(previousLine.get(0)) == 0
                && !rules.sourceNote().matcher(String.join(" ", previousLine)).matches();
    }

    private boolean atSentenceStart() {
        return previousWord == null || Titles.endsSentence(previousWord);
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
