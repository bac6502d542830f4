package dev.recast.segment;

/**
 * How the segment stage splits and normalizes text.
 *
 * @param sentenceRules abbreviations and sentence starters for {@link SentenceSplitter}
 * @param speechRules spoken forms and dropped characters for {@link SpeechNormalizer}
 * @param maxSentenceWords a sentence longer than this is cut at its most natural places, if it has
 *     good ones, and always when longer than {@link #MAX_UTTERANCE_WORDS} (see {@link ClauseSplitter})
 */
public record SegmenterConfig(SentenceRules sentenceRules, SpeechRules speechRules, int maxSentenceWords) {

    /** No utterance is longer, whatever the input: past this a listener loses the thread. */
    public static final int MAX_UTTERANCE_WORDS = 40;

    public static final SegmenterConfig DEFAULTS = new SegmenterConfig(SentenceRules.ENGLISH, SpeechRules.ENGLISH, 25);

    public SegmenterConfig {
        if (sentenceRules == null || speechRules == null) {
            throw new IllegalArgumentException("a segmenter config needs sentence and speech rules");
        }
        if (maxSentenceWords < 1 || maxSentenceWords > MAX_UTTERANCE_WORDS) {
            throw new IllegalArgumentException("a sentence may have 1 to " + MAX_UTTERANCE_WORDS + " words, not "
                    + maxSentenceWords);
        }
    }
}
