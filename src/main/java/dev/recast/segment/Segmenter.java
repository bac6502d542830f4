package dev.recast.segment;

import dev.recast.clean.Block;
import dev.recast.clean.Heading;
import dev.recast.clean.Paragraph;
import dev.recast.clean.Quote;
import dev.recast.clean.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The segment stage: a cleaned section becomes the utterances to synthesize, in reading order.
 *
 * <p>A heading is one utterance; paragraphs and quotes give one per sentence (or per clause of a
 * very long sentence). Text with nothing to say, such as a sentence of punctuation, gives none and
 * takes no number. The pause after each utterance is the strongest boundary that follows it:
 * the section's end, then a heading to come, then the end of its block, its sentence, its clause.
 */
public final class Segmenter {

    private static final Pattern LINE_BREAK = Pattern.compile("[ \\t]*\\R\\s*");

    private final SentenceSplitter sentenceSplitter;
    private final SpeechNormalizer speechNormalizer;
    private final ClauseSplitter clauseSplitter;

    public Segmenter() {
        this(SegmenterConfig.DEFAULTS);
    }

    public Segmenter(SegmenterConfig config) {
        this(config, word -> false);
    }

    /** @param knownWords capitalized words said as words, not spelled, beside the rules' own (a lexicon's) */
    public Segmenter(SegmenterConfig config, KnownWords knownWords) {
        this.sentenceSplitter = new SentenceSplitter(config.sentenceRules());
        this.speechNormalizer = new SpeechNormalizer(config.speechRules(), knownWords);
        this.clauseSplitter = new ClauseSplitter(config.maxSentenceWords());
    }

    public List<Utterance> segment(Section section) {
        List<Draft> drafts = new ArrayList<>();
        for (Block block : section.blocks()) {
            drafts.addAll(draftsOf(block));
        }
        List<Utterance> utterances = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            // Locale.ROOT: some locales format digits in their own script.
            String id = String.format(Locale.ROOT, "%02d-%04d", section.index(), i + 1);
            utterances.add(new Utterance(id, section.index(), draft.role(), draft.sourceText(), draft.spokenText(),
                    draft.speaker(), pauseAfter(drafts, i)));
        }
        return List.copyOf(utterances);
    }

    /** An utterance before its place in the section is known; {@code after} ends it within its block. */
    private record Draft(Role role, String sourceText, String spokenText, String speaker, Pause after) {
        Draft endingWith(Pause pause) {
            return new Draft(role, sourceText, spokenText, speaker, pause);
        }
    }

    private List<Draft> draftsOf(Block block) {
        if (block instanceof Heading heading) {
            Role role = heading.level() == 1 ? Role.HEADING : Role.SUBHEADING;
            return draftsOf(role, List.of(heading.title()), null);
        }
        if (block instanceof Paragraph paragraph) {
            return draftsOf(Role.NARRATION, sentenceSplitter.split(joinLines(paragraph.text())), paragraph.speaker());
        }
        Quote quote = (Quote) block; // the last kind of Block
        return draftsOf(Role.QUOTE, sentenceSplitter.split(joinLines(quote.text())), quote.speaker());
    }

    /** A line wrapped mid-sentence is one sentence, and its source text one line (as {@code recast segment} shows it). */
    private static String joinLines(String text) {
        return LINE_BREAK.matcher(text).replaceAll(" ");
    }

    private List<Draft> draftsOf(Role role, List<String> sentences, String speaker) {
        List<Draft> block = new ArrayList<>();
        for (String sentence : sentences) {
            List<Draft> clauses = new ArrayList<>();
            for (String clause : clauseSplitter.split(sentence)) {
                String spoken = speechNormalizer.normalize(clause);
                if (!spoken.isEmpty()) {
                    clauses.add(new Draft(role, clause, spoken, speaker, Pause.CLAUSE));
                }
            }
            endWith(clauses, Pause.SENTENCE);
            block.addAll(clauses);
        }
        endWith(block, Pause.PARAGRAPH);
        return block;
    }

    private static void endWith(List<Draft> drafts, Pause pause) {
        if (!drafts.isEmpty()) {
            int last = drafts.size() - 1;
            drafts.set(last, drafts.get(last).endingWith(pause));
        }
    }

    private static Pause pauseAfter(List<Draft> drafts, int i) {
        if (i == drafts.size() - 1) {
            return Pause.SECTION;
        }
        if (drafts.get(i + 1).role().isHeading()) {
            return Pause.CHAPTER; // a chapter title gets a long pause before it
        }
        return drafts.get(i).after();
    }
}
