package dev.recast.clean;

import dev.recast.clean.LineLayout.Layout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 *
 * <p>Kept as one class though long: the walk holds one state (the blocks being built, the line
 * before, who spoke before a quote, which heading levels name speakers) that every kind of line
 * reads and changes; split by kind of line, that state would be handed between the parts.
 *
 * <p>This class walks the lines and reads Markdown's block syntax; {@link LineLayout} says how
 * lines make paragraphs, {@link SpokenMarkup} reads the words of running text, and
 * {@link BlockBuilder} makes the blocks.
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

    // Markdown block syntax, read in sections without caption times (more in Markdown).
    // Any indent: a nested list's items are read as items too.
    private static final Pattern BULLET = Pattern.compile("\\s*([-*+]|\\d{1,3}[.)])\\s+(?=\\S)");
    private static final Pattern BRACKETED = Pattern.compile("\\[[^\\]]*]|\\([^)]*\\)");
    private static final Pattern TABLE_ROW = Pattern.compile("\\s*\\|.*\\|\\s*");
    private static final Pattern TABLE_DELIMITER = Pattern.compile("\\s*\\|(?:\\s*:?-+:?\\s*\\|)+\\s*");

    private final CleaningRules rules;
    private final Titles titles;
    private final LineLayout lineLayout;
    // The turn that starts on a line, by the line's index: its speaker, if named.
    private final Map<Integer, Optional<String>> turns;
    private final BlockBuilder builder = new BlockBuilder();
    private final SpokenMarkup spoken;

    // The last non-blank line read, to tell whether a "Source." line follows a caption.
    private List<String> previousLine;
    // Who spoke before a "> " quote, which may name its own speaker for itself alone.
    private String speakerBeforeQuote;
    // The Markdown heading levels ("#" counts) this section uses for speakers' names, not titles.
    private Set<Integer> speakerHeadingLevels = Set.of();

    private BlockParser(CleaningRules rules, Map<Integer, Optional<String>> turns) {
        this.rules = rules;
        this.titles = new Titles(rules);
        this.lineLayout = new LineLayout(rules);
        this.turns = turns;
        this.spoken = new SpokenMarkup(rules, titles, builder);
    }

    static Result parse(CleaningRules rules, List<ContentLine> lines, Map<Integer, Optional<String>> turns) {
        BlockParser parser = new BlockParser(rules, turns);
        parser.read(lines);
        return new Result(parser.builder.blocks(), parser.builder.removals());
    }

    private void read(List<ContentLine> lines) {
        Layout layout = LineLayout.layoutOf(lines);
        boolean markdown = Markdown.isMarkdown(lines);
        List<List<String>> tokenized = lines.stream().map(BlockParser::tokens).toList();
        speakerHeadingLevels = markdown ? speakerHeadingLevels(lines) : Set.of();
        boolean inMarkdownQuote = false;
        for (int k = 0; k < lines.size(); k++) {
            ContentLine line = lines.get(k);
            builder.startLine(line);
            boolean quoteLine = layout != Layout.CAPTIONS && Markdown.BLOCKQUOTE.matcher(line.text()).matches();
            if (inMarkdownQuote && !quoteLine && !line.isBlank() && !Markdown.isBlockLine(line)
                    && layout == Layout.BLANK_LINE_PARAGRAPHS) {
                quoteLine = true; // a lazy line: it carries on the quote above it without its own "> "
                builder.setInQuote(true);
            } else if (inMarkdownQuote && !quoteLine) {
                builder.endParagraph();
                builder.setSpeaker(speakerBeforeQuote);
                inMarkdownQuote = false;
            }
            if (line.isBlank()) {
                if (layout != Layout.LINE_PARAGRAPHS) {
                    builder.endParagraph();
                }
                continue;
            }
            if (layout != Layout.CAPTIONS) {
                if (quoteLine && !inMarkdownQuote) {
                    speakerBeforeQuote = builder.speaker();
                }
                int read = readMarkdown(lines, k, markdown || isListItem(lines, k), inMarkdownQuote,
                        layout == Layout.LINE_PARAGRAPHS || !builder.hasWords());
                if (read > 0) {
                    inMarkdownQuote = quoteLine;
                    previousLine = null;
                    k += read - 1;
                    continue;
                }
            }
            List<String> tokens = tokenized.get(k);
            if (inMarkdownQuote) {
                spoken.readWords(tokens, line.number());
                continue;
            }
            boolean turn = isNewVoice(layout, k);
            // A line split where a sound note stood is still one line of the source.
            boolean restOfLine = k > 0 && lines.get(k - 1).number() == line.number();
            boolean carriesOn = !turn && builder.hasWords() && (layout != Layout.LINE_PARAGRAPHS || restOfLine
                    || previousLine != null && lineLayout.wraps(previousLine, tokens));
            if (!carriesOn) {
                builder.endParagraph();
            }
            spoken.openPendingQuote();
            if (turns.containsKey(k)) {
                builder.setSpeaker(turns.get(k).orElse(null));
            }
            spoken.setNextLineStart(nextLineStart(lines, tokenized, k, layout));
            if (carriesOn && LineLayout.isPossessive(tokens.get(0))) {
                // "Minder" / "'s setting": the possessive belongs to the word the line broke after.
                builder.appendToLastWord(tokens.get(0));
                builder.setPreviousWord(tokens.get(0));
                tokens = tokens.subList(1, tokens.size());
            }
            if (!tokens.isEmpty()) {
                spoken.readLine(line, tokens, previousLine);
            }
            previousLine = tokenized.get(k);
        }
        builder.endParagraph();
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
        return !(layout == Layout.CAPTIONS && named.isPresent() && named.get().equals(builder.speaker()));
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
        return layout != Layout.LINE_PARAGRAPHS || lineLayout.wraps(tokenized.get(k), next) ? Optional.of(next.get(0))
                : Optional.empty();
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
            builder.endParagraph();
            int end = k + 1;
            while (end < lines.size() && !lines.get(end).text().strip().startsWith(fence.group(1))) {
                end++;
            }
            for (int j = k; j <= Math.min(end, lines.size() - 1); j++) {
                if (!lines.get(j).isBlank()) {
                    builder.addRemoval(
                            new Removal(lines.get(j).number(), lines.get(j).text().strip(), RemovalReason.CODE));
                }
            }
            return Math.min(end, lines.size() - 1) - k + 1;
        }
        Matcher atx = Markdown.ATX_HEADING.matcher(text);
        if (atx.matches() && speakerHeadingLevels.contains(atx.group(1).length()) && atx.group(2) != null) {
            // "#### ARCHIVIST": whose turn it is, as some Markdown transcripts write it.
            builder.endParagraph();
            builder.addRemoval(new Removal(line.number(), text.strip(), RemovalReason.SPEAKER_LABEL));
            builder.setSpeaker(atx.group(2).strip());
            return 1;
        }
        if (atx.matches()) {
            builder.endParagraph();
            String title = atx.group(2) == null ? "" : atx.group(2).strip();
            String marks = title.isEmpty() ? text.strip()
                    : text.strip().replace(title, "").replaceAll("\\s+", " ").strip();
            builder.addRemoval(new Removal(line.number(), marks, RemovalReason.MARKUP));
            if (BRACKETED.matcher(title).matches()) {
                // "##### [CLICK]": a sound annotation set as a heading is no chapter title.
                spoken.readLine(line, tokens(line.withText(title)), previousLine);
            } else if (!title.isEmpty()) {
                List<String> words = tokens(line.withText(title));
                builder.addHeading(spoken.titleWords(words, 0, words.size(), line.number()),
                        Math.min(atx.group(1).length(), 2), line.number());
            }
            return 1;
        }
        if (k + 1 < lines.size() && Markdown.SETEXT_UNDERLINE.matcher(lines.get(k + 1).text()).matches()
                && startsParagraph && !Markdown.BLOCKQUOTE.matcher(text).matches() && titles.isTitle(tokens(line))
                && !text.strip().endsWith(".")) {
            builder.endParagraph();
            builder.addHeading(spoken.titleWords(tokens(line), 0, tokens(line).size(), line.number()),
                    lines.get(k + 1).text().strip().startsWith("=") ? 1 : 2, line.number());
            builder.addRemoval(
                    new Removal(lines.get(k + 1).number(), lines.get(k + 1).text().strip(), RemovalReason.MARKUP));
            return 2;
        }
        if (Markdown.RULE.matcher(text).matches()) {
            builder.endParagraph();
            builder.addRemoval(new Removal(line.number(), text.strip(), RemovalReason.MARKUP));
            return 1;
        }
        Matcher quote = Markdown.BLOCKQUOTE.matcher(text);
        if (quote.matches()) {
            readQuoteLine(line, quote.group(1), inMarkdownQuote);
            return 1;
        }
        if (markdownTable(lines, k) && TABLE_DELIMITER.matcher(text).matches()) {
            builder.addRemoval(new Removal(line.number(), text.strip(), RemovalReason.MARKUP));
            return 1;
        }
        if (markdownTable(lines, k)) {
            // A table row reads as its cells, one after another, a block of its own.
            builder.endParagraph();
            builder.addRemoval(new Removal(line.number(), "|", RemovalReason.MARKUP));
            List<String> cells = Arrays.stream(text.strip().split("\\|")).map(String::strip)
                    .filter(c -> !c.isEmpty()).toList();
            if (!cells.isEmpty()) {
                spoken.readLine(line, tokens(line.withText(String.join(", ", cells))), previousLine);
            }
            return 1;
        }
        Matcher bullet = BULLET.matcher(text);
        if (lists && bullet.lookingAt()) {
            builder.endParagraph();
            builder.addRemoval(new Removal(line.number(), bullet.group(1), RemovalReason.MARKUP));
            List<String> item = tokens(line.withText(text.substring(bullet.end())));
            spoken.readLine(line, item, previousLine);
            return 1;
        }
        return 0;
    }

    /** A "> " line: a quote, or more of the quote the lines above it began; it may name its speaker. */
    private void readQuoteLine(ContentLine line, String rest, boolean inMarkdownQuote) {
        builder.addRemoval(new Removal(line.number(), ">", RemovalReason.MARKUP));
        if (!inMarkdownQuote || rest.isBlank()) {
            builder.endParagraph();
        }
        Matcher label = rules.turns().speakerLabel().matcher(rest);
        if (label.find() && rules.turns().namesSpeaker(label.group("name"))) {
            builder.endParagraph();
            builder.addRemoval(new Removal(line.number(), label.group().strip(), RemovalReason.SPEAKER_LABEL));
            builder.setSpeaker(label.group("name"));
            rest = rest.substring(label.end());
        }
        if (!rest.isBlank()) {
            builder.setInQuote(true);
            spoken.setNextLineStart(Optional.empty());
            spoken.readWords(WHITESPACE.splitAsStream(rest.strip()).toList(), line.number());
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
}
