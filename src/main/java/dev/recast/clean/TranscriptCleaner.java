package dev.recast.clean;

import dev.recast.ingest.Correction;
import dev.recast.ingest.FileNames;
import dev.recast.ingest.RawSection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The clean stage: raw sections in, structured sections out, with every piece of text it takes out
 * recorded as a {@link Removal}. Steps, in order: repair mis-decoded text, drop page boilerplate
 * and transcript tools' notes (found across all sections), read written markup out of the text,
 * take out runs too long to be words, then timestamps and speaker labels, take out sound notes,
 * read spoken markup and Markdown's blocks into blocks, make the user's corrections in the
 * blocks' text, then title each section.
 */
public final class TranscriptCleaner {

    private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\s_.-]+");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^[\\d\\s_.-]+");
    private static final Pattern TITLE_WORD = Pattern.compile("\\p{L}[\\p{L}']*|\\d{1,4}");
    // Hex digests ("deb52032437c91e7", "deadbeef") name files without saying what is in them.
    private static final Pattern HEX_DIGEST = Pattern.compile("\\p{XDigit}{8,}");

    private final CleaningRules rules;
    private final MisdecodedText misdecoded;
    private final Boilerplate boilerplate;
    private final InlineMarkup inlineMarkup;
    private final SpeakerTurns speakerTurns;
    private final SoundAnnotations soundAnnotations;

    private final List<Correction> corrections;

    /**
     * How many characters a regex correction may read per character of a block's text (and at
     * least {@link #MIN_REGEX_STEPS}). A pattern that runs in linear time reads a few per
     * character, one that is quadratic on a long paragraph some thousands; a catastrophic one
     * ({@code (.*a){30}}) grows without end, and is stopped once past the budget.
     */
    static final long REGEX_STEPS_PER_CHARACTER = 10_000;
    static final long MIN_REGEX_STEPS = 1_000_000;

    public TranscriptCleaner(CleaningRules rules) {
        this(rules, List.of());
    }

    public TranscriptCleaner(CleaningRules rules, List<Correction> corrections) {
        this.rules = rules;
        this.corrections = List.copyOf(corrections);
        this.misdecoded = new MisdecodedText(rules);
        this.boilerplate = new Boilerplate(rules);
        this.soundAnnotations = new SoundAnnotations(rules.annotations());
        this.inlineMarkup = new InlineMarkup(soundAnnotations);
        this.speakerTurns = new SpeakerTurns(rules.turns(), soundAnnotations);
    }

    /**
     * Cleans {@code sections}.
     *
     * @throws SlowCorrectionException if a regex correction takes more steps than it is allowed
     */
    public List<Section> clean(List<RawSection> sections) {
        List<List<MisdecodedText.Repair>> repaired = sections.stream()
                .map(section -> section.lines().stream().map(misdecoded::repair).toList())
                .toList();
        List<Set<Integer>> boilerplateLines = boilerplate.find(repaired.stream()
                .map(lines -> lines.stream().map(MisdecodedText.Repair::line).toList())
                .toList());
        List<Section> cleaned = new ArrayList<>();
        for (int k = 0; k < sections.size(); k++) {
            cleaned.add(clean(sections.get(k), repaired.get(k), boilerplateLines.get(k)));
        }
        return List.copyOf(cleaned);
    }

    private Section clean(RawSection raw, List<MisdecodedText.Repair> lines, Set<Integer> boilerplateLines) {
        List<Removal> removals = new ArrayList<>();
        List<ContentLine> content = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            MisdecodedText.Repair line = lines.get(k);
            int number = line.line().number();
            if (!line.line().isBlank() && boilerplateLines.contains(number)) {
                // Recorded as read, so any mis-decoded part of it is accounted for here too.
                removals.add(new Removal(number, raw.lines().get(k).text(), RemovalReason.BOILERPLATE));
            } else {
                removals.addAll(line.removals());
                content.add(line.line());
            }
        }
        InlineMarkup.Result read = inlineMarkup.read(content);
        removals.addAll(read.removals());
        InlineMarkup.Result shortTokens = LongTokens.remove(read.lines());
        removals.addAll(shortTokens.removals());
        SpeakerTurns.Result turns = soundAnnotations.read(speakerTurns.read(shortTokens.lines()));
        removals.addAll(turns.removals());
        BlockParser.Result parsed = BlockParser.parse(rules, turns.lines(), turns.turns());
        removals.addAll(parsed.removals());
        removals.sort(Comparator.comparingInt(Removal::line));
        int[] counts = new int[corrections.size()];
        List<Block> blocks = parsed.blocks().stream().flatMap(block -> correct(block, counts, raw.source())).toList();
        List<AppliedCorrection> applied = new ArrayList<>();
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] > 0) {
                applied.add(new AppliedCorrection(corrections.get(k), counts[k]));
            }
        }
        return new Section(raw.index(), raw.source(), title(raw, blocks), blocks, removals, applied);
    }

    /** The block with every correction made in its text, counted; none if a correction emptied it. */
    private Stream<Block> correct(Block block, int[] counts, String source) {
        return block.match(heading -> {
            String title = correct(List.of(new Run(heading.title())), counts, source, block.line()).stream().map(Run::text)
                    .collect(Collectors.joining(" "));
            return title.isEmpty() ? Stream.empty() : Stream.of(new Heading(title, heading.level(), heading.line()));
        }, running -> {
            List<Run> runs = correct(running.runs(), counts, source, block.line());
            // None left: e.g. a filler word corrected to nothing.
            return runs.isEmpty() ? Stream.empty() : Stream.of(running.withRuns(runs));
        });
    }

    /**
     * Makes each correction in the runs' text as one text, so a correction can span runs (a name
     * wrapped over two caption lines). A replacement goes to the run its match starts in; what
     * the match covered of the runs after it goes. A run left blank goes, handing on its pause.
     */
    private List<Run> correct(List<Run> runs, int[] counts, String source, int line) {
        for (int k = 0; k < corrections.size() && !runs.isEmpty(); k++) {
            Correction correction = corrections.get(k);
            String text = Run.text(runs);
            Matcher matcher = correction.pattern().matcher(correction.regex()
                    ? new CountedText(text, correction, source, line) : text);
            StringBuilder[] corrected = new StringBuilder[runs.size()];
            int[] ends = new int[runs.size()]; // where each run's text, and the space after it, ends
            for (int r = 0, end = 0; r < runs.size(); r++) {
                corrected[r] = new StringBuilder();
                end += runs.get(r).text().length() + 1;
                ends[r] = end;
            }
            int copied = 0;
            StringBuilder replacement = new StringBuilder();
            while (matcher.find()) {
                counts[k]++;
                copy(text, copied, matcher.start(), ends, corrected);
                replacement.setLength(0);
                matcher.appendReplacement(replacement, correction.replacement());
                corrected[runAt(matcher.start(), ends)].append(replacement, matcher.start() - copied,
                        replacement.length());
                copied = matcher.end();
            }
            copy(text, copied, text.length(), ends, corrected);
            runs = rebuilt(runs, corrected);
        }
        return runs;
    }

    /**
     * A block's text as a regex correction reads it, one {@link #charAt} at a time: the steps
     * {@link java.util.regex} takes are counted where it takes them, and past the budget the match
     * stops with a {@link SlowCorrectionException} rather than run on for hours.
     */
    private static final class CountedText implements CharSequence {
        private final String text;
        private final Correction correction;
        private final String source;
        private final int line;
        private long stepsLeft;

        CountedText(String text, Correction correction, String source, int line) {
            this.text = text;
            this.correction = correction;
            this.source = source;
            this.line = line;
            this.stepsLeft = Math.max(MIN_REGEX_STEPS, REGEX_STEPS_PER_CHARACTER * text.length());
        }

        @Override
        public char charAt(int index) {
            if (--stepsLeft < 0) {
                throw new SlowCorrectionException(correction, source, line);
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** Copies {@code text[from, to)} to the runs each character belongs to. */
    private static void copy(String text, int from, int to, int[] ends, StringBuilder[] corrected) {
        for (int i = from; i < to; ) {
            int run = runAt(i, ends);
            int end = Math.min(to, ends[run]);
            corrected[run].append(text, i, end);
            i = end;
        }
    }

    private static int runAt(int offset, int[] ends) {
        int run = 0;
        while (ends[run] <= offset) {
            run++;
        }
        return run;
    }

    private static List<Run> rebuilt(List<Run> runs, StringBuilder[] corrected) {
        List<Run> rebuilt = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            Run run = runs.get(r);
            String text = corrected[r].toString();
            if (!text.isBlank()) {
                rebuilt.add(new Run(text, run.time(), run.pauseAfter()));
            } else if (run.pauseAfter() && !rebuilt.isEmpty()) {
                Run before = rebuilt.remove(rebuilt.size() - 1);
                rebuilt.add(new Run(before.text(), before.time(), true));
            }
        }
        return rebuilt;
    }

    /** The manifest's title, else a first heading's, else the file name's words, else "Part N". */
    private static String title(RawSection raw, List<Block> blocks) {
        if (raw.title() != null && !raw.title().isBlank()) {
            return raw.title().strip();
        }
        Optional<Heading> opening = blocks.stream().findFirst().flatMap(Block::asHeading);
        if (opening.isPresent()) {
            return opening.get().title();
        }
        String fileTitle = titleFromFileName(raw.source());
        return fileTitle.isEmpty() ? "Part " + raw.index() : fileTitle;
    }

    /** "02-the-long-count.txt" → "The long count"; "" when the name is not words or says only what the file is ("en.vtt"). */
    private static String titleFromFileName(String source) {
        String stem = FileNames.stem(source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1));
        if (FileNames.isGeneric(stem)) {
            return "";
        }
        String name = LEADING_NUMBER.matcher(stem).replaceFirst("");
        List<String> words = NAME_SEPARATORS.splitAsStream(name).filter(w -> !w.isEmpty()).toList();
        boolean readsAsWords = !words.isEmpty()
                && Character.isLetter(words.get(0).codePointAt(0))
                && words.stream().allMatch(w -> TITLE_WORD.matcher(w).matches() && !HEX_DIGEST.matcher(w).matches());
        if (!readsAsWords) {
            return "";
        }
        String title = String.join(" ", words);
        return title.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + title.substring(1);
    }
}
