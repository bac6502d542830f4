package dev.recast.clean;

import dev.recast.ingest.Correction;
import dev.recast.ingest.RawSection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The clean stage: raw sections in, structured sections out, with every piece of text it takes out
 * recorded as a {@link Removal}. Steps, in order: repair mis-decoded text, drop page boilerplate
 * (found across all sections), take out Markdown's inline marks, take out timestamps and speaker
 * labels, read spoken markup and Markdown's blocks into blocks, make the user's corrections in the blocks' text, then title each section.
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
    private final SpeakerTurns speakerTurns;

    private final List<Correction> corrections;

    public TranscriptCleaner(CleaningRules rules) {
        this(rules, List.of());
    }

    public TranscriptCleaner(CleaningRules rules, List<Correction> corrections) {
        this.rules = rules;
        this.corrections = List.copyOf(corrections);
        this.misdecoded = new MisdecodedText(rules);
        this.boilerplate = new Boilerplate(rules);
        this.speakerTurns = new SpeakerTurns(rules.turns());
    }

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
        // Markdown's marks out first: a label in bold ("**Ada:**") is then a plain label.
        Markdown.Result markdown = Markdown.strip(content, Markdown.isMarkdownFile(raw.source()));
        removals.addAll(markdown.removals());
        SpeakerTurns.Result turns = speakerTurns.read(markdown.lines());
        removals.addAll(turns.removals());
        BlockParser.Result parsed = BlockParser.parse(rules, turns.lines(), turns.speakers());
        removals.addAll(parsed.removals());
        removals.sort(Comparator.comparingInt(Removal::line));
        int[] counts = new int[corrections.size()];
        List<Block> blocks = parsed.blocks().stream().flatMap(block -> correct(block, counts)).toList();
        List<AppliedCorrection> applied = new ArrayList<>();
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] > 0) {
                applied.add(new AppliedCorrection(corrections.get(k), counts[k]));
            }
        }
        return new Section(raw.index(), raw.source(), title(raw, blocks), blocks, removals, applied);
    }

    /** The block with every correction made in its text, counted; none if a correction emptied it. */
    private Stream<Block> correct(Block block, int[] counts) {
        String text = correct(block instanceof Heading h ? h.title()
                : block instanceof Paragraph p ? p.text() : ((Quote) block).text(), counts);
        if (text.isBlank()) {
            return Stream.empty(); // e.g. a filler word corrected to nothing
        }
        if (block instanceof Heading heading) {
            return Stream.of(new Heading(text, heading.level(), heading.line()));
        }
        if (block instanceof Paragraph paragraph) {
            return Stream.of(new Paragraph(text, paragraph.speaker(), paragraph.line()));
        }
        Quote quote = (Quote) block; // the last kind of Block
        return Stream.of(new Quote(text, quote.speaker(), quote.line()));
    }

    private String correct(String text, int[] counts) {
        for (int k = 0; k < corrections.size(); k++) {
            Correction correction = corrections.get(k);
            Matcher matcher = correction.pattern().matcher(text);
            StringBuilder corrected = new StringBuilder();
            while (matcher.find()) {
                counts[k]++;
                matcher.appendReplacement(corrected, correction.replacement());
            }
            text = matcher.appendTail(corrected).toString();
        }
        return text;
    }

    /** The manifest's title, else a first heading's, else the file name's words, else "Part N". */
    private static String title(RawSection raw, List<Block> blocks) {
        if (raw.title() != null && !raw.title().isBlank()) {
            return raw.title().strip();
        }
        if (!blocks.isEmpty() && blocks.get(0) instanceof Heading heading) {
            return heading.title();
        }
        String fileTitle = titleFromFileName(raw.source());
        return fileTitle.isEmpty() ? "Part " + raw.index() : fileTitle;
    }

    /** "02-the-long-count.txt" → "The long count"; "" when the name is not words. */
    private static String titleFromFileName(String source) {
        String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        name = LEADING_NUMBER.matcher(dot > 0 ? name.substring(0, dot) : name).replaceFirst("");
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
