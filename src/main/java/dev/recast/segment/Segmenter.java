package dev.recast.segment;

import dev.recast.clean.Block;
import dev.recast.clean.Run;
import dev.recast.clean.RunningText;
import dev.recast.clean.Section;
import dev.recast.ingest.SourceTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The segment stage: a cleaned section becomes the utterances to synthesize, in reading order.
 *
 * <p>A heading is one utterance; paragraphs and quotes give one per sentence, or several for a
 * sentence too long to say in one breath (see {@link ClauseSplitter}: unpunctuated speech
 * recognition is one such "sentence"). Text with nothing to say, such as a sentence of
 * punctuation, gives none and takes no number. The pause after each utterance is the strongest
 * boundary that follows it: the section's end, then a heading to come, then the end of its block,
 * its sentence, its clause; where a sentence is cut, a silence in the source or a sound taken out
 * there lengthens the pause. Caption text keeps its source time, spread over a line's words.
 */
public final class Segmenter {

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
                    draft.speaker(), pauseAfter(drafts, i), draft.sourceTime()));
        }
        return List.copyOf(utterances);
    }

    /** An utterance before its place in the section is known; {@code after} ends it within its block. */
    private record Draft(Role role, String sourceText, String spokenText, String speaker, Pause after,
            Optional<SourceTime> sourceTime) {
        Draft endingWith(Pause pause) {
            return new Draft(role, sourceText, spokenText, speaker, pause, sourceTime);
        }
    }

    private List<Draft> draftsOf(Block block) {
        return block.match(heading -> {
            Role role = heading.level() == 1 ? Role.HEADING : Role.SUBHEADING;
            BlockText title = BlockText.of(List.of(new Run(heading.title())));
            return draftsOf(role, title, List.of(title.tokens().size()), null);
        }, paragraph -> draftsOf(Role.NARRATION, paragraph), quote -> draftsOf(Role.QUOTE, quote));
    }

    private List<Draft> draftsOf(Role role, RunningText running) {
        BlockText text = BlockText.of(running.runs());
        return draftsOf(role, text, sentenceEnds(text), running.speaker());
    }

    /** Where each sentence's tokens end: sentence k is tokens {@code [ends[k - 1], ends[k])}. */
    private List<Integer> sentenceEnds(BlockText text) {
        List<Integer> ends = new ArrayList<>();
        int searchFrom = 0;
        for (String sentence : sentenceSplitter.split(text.line())) {
            // Each sentence is a substring of the line, in order.
            int end = text.line().indexOf(sentence, searchFrom) + sentence.length();
            ends.add(text.tokenAt(end));
            searchFrom = end;
        }
        return ends;
    }

    private List<Draft> draftsOf(Role role, BlockText text, List<Integer> sentenceEnds, String speaker) {
        List<BlockText.Token> tokens = text.tokens();
        List<Draft> block = new ArrayList<>();
        int start = 0;
        for (int end : sentenceEnds) {
            List<Draft> sentence = new ArrayList<>();
            for (ClauseSplitter.Piece piece : clauseSplitter.split(tokens.subList(start, end))) {
                int from = start + piece.from();
                int to = start + piece.to();
                String clause = text.text(from, to);
                String spoken = speechNormalizer.normalize(clause);
                if (!spoken.isEmpty()) {
                    sentence.add(new Draft(role, clause, spoken, speaker, piece.after(), text.time(from, to)));
                }
            }
            // A long silence in the source after a sentence is a paragraph's pause.
            endWith(sentence, end < tokens.size() ? ClauseSplitter.pauseBefore(tokens.get(end), Pause.SENTENCE)
                    : Pause.SENTENCE);
            block.addAll(sentence);
            start = end;
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
