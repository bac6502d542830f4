package dev.recast.segment;

/**
 * How the segment stage splits and normalizes text.
 *
 * @param sentenceRules abbreviations and sentence starters for {@link SentenceSplitter}
 * @param speechRules spoken forms and dropped characters for {@link SpeechNormalizer}
 * @param maxSentenceWords a sentence longer than this is split at clause boundaries, if it has any (see {@link ClauseSplitter})
 */
public record SegmenterConfig(SentenceRules sentenceRules, SpeechRules speechRules, int maxSentenceWords) {

    public static final SegmenterConfig DEFAULTS = new SegmenterConfig(SentenceRules.ENGLISH, SpeechRules.ENGLISH, 25);

    public SegmenterConfig {
        if (sentenceRules == null || speechRules == null) {
            throw new IllegalArgumentException("a segmenter config needs sentence and speech rules");
        }
        if (maxSentenceWords < 1) {
            throw new IllegalArgumentException("a sentence may have at least one word: " + maxSentenceWords);
        }
    }
}
